using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval reload [--all] [--data DIR]`: re-extracts documents stored by another parser version.</summary>
public static class ReloadCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        var options = new LoaderOptions { DataFolder = cli.DataFolder };
        var warehouse = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb"));
        var count = new DocumentReloader(warehouse, options, ReportProcessor.CreateDefault()).Reload(cli.Has("all"));
        Console.WriteLine($"{count} documents re-extracted.");
        return Task.FromResult(0);
    }
}
