using PerfEval.DuckDb;
using PerfEval.Loading;
using PerfEval.Warehouse;
using Spectre.Console;

namespace PerfEval.Loader.Cli;

/// <summary>
/// `perfeval load &lt;folder|file&gt;… [--data DIR] [--to-inbox] [--move] [--batch N] [--memory-limit 320MB]`: one-shot bulk
/// load with progress and a summary. --move removes each file once it is in the warehouse or quarantine, as the inbox
/// scan does; --batch sets the files per warehouse transaction; --memory-limit caps DuckDB's buffer pool in this process.
/// </summary>
public static class LoadCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        if (cli.Positional.Count == 0)
        {
            Console.Error.WriteLine("usage: perfeval load <folder|file>… [--data DIR] [--to-inbox] [--move] [--batch N] [--memory-limit 320MB]");
            return Task.FromResult(2);
        }
        var options = new LoaderOptions
        {
            DataFolder = cli.DataFolder,
            BatchSize = cli.GetInt("batch", new LoaderOptions().BatchSize),
        }.WithOneShotWarehouse(cli.Get("memory-limit"));
        var files = cli.Positional.SelectMany(Expand).ToList();
        if (cli.Has("to-inbox"))
        {
            return Task.FromResult(CopyToInbox(files, options));
        }
        var warehouse = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb"));
        try
        {
            var loader = new DocumentLoader(warehouse, options, ReportProcessor.CreateDefault());
            var summary = RunWithProgress(loader, files, new LoadRequest { RemoveSources = cli.Has("move") });
            PrintSummary(summary);
            return Task.FromResult(summary.Count("quarantined") > 0 ? 1 : 0);
        }
        catch (DuckDbException e) when (e.LockHolderProcessId is { } pid)
        {
            Console.Error.WriteLine($"The warehouse is held by process {pid} ({e.LockedPath ?? warehouse.DatabasePath}), most likely the dashboard or a `perfeval serve` node.");
            Console.Error.WriteLine("Run again with --to-inbox to copy the files into its inbox; its scheduled scan loads them.");
            return Task.FromResult(3);
        }
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? InboxScanner.Scan([path]) : [Path.GetFullPath(path)];

    private static LoadSummary RunWithProgress(DocumentLoader loader, List<string> files, LoadRequest request)
    {
        LoadSummary? summary = null;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("loading", maxValue: Math.Max(1, files.Count));
            var progress = new Progress<LoadOutcome>(_ => task.Increment(1));
            summary = loader.Load(files, request with { Progress = progress });
            task.Value = task.MaxValue;
        });
        return summary!;
    }

    private static void PrintSummary(LoadSummary summary)
    {
        var table = new Table().AddColumn("status").AddColumn(new TableColumn("files").RightAligned());
        foreach (var group in summary.Outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(group.Key, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        foreach (var quarantined in summary.Outcomes.Where(o => o.Status == "quarantined"))
        {
            AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"[yellow]quarantined[/] {quarantined.FilePath}: {quarantined.Reason}");
        }
        var perSecond = summary.Outcomes.Count / Math.Max(0.001, summary.Elapsed.TotalSeconds);
        AnsiConsole.MarkupLineInterpolated(System.Globalization.CultureInfo.InvariantCulture, $"{summary.Outcomes.Count} files in {summary.Elapsed.TotalSeconds:F1} s ({perSecond:F0} files/s)");
    }

    private static int CopyToInbox(List<string> files, LoaderOptions options)
    {
        var inbox = options.EffectiveInboxes[0];
        Directory.CreateDirectory(inbox);
        foreach (var file in files)
        {
            // Copy under a .part name and rename, so the scan never reads a half-copied file.
            var target = Path.Combine(inbox, Guid.NewGuid().ToString("N")[..8] + "_" + Path.GetFileName(file));
            File.Copy(file, target + ".part");
            File.Move(target + ".part", target);
        }
        Console.WriteLine($"{files.Count} files copied into {inbox}; the next scheduled scan loads them.");
        return 0;
    }
}
