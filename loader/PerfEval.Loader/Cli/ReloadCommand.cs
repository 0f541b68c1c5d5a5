using PerfEval.Loading;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Audit;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval reload [--all] [--data DIR]`: re-extracts documents stored by another parser version (audited).</summary>
public static class ReloadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        var options = new LoaderOptions { DataFolder = cli.DataFolder };
        var warehouse = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb"));
        var count = new DocumentReloader(warehouse, options, ReportProcessor.CreateDefault()).Reload(cli.Has("all"));
        await new AuditLog(warehouse).WriteAsync(new AuditEntry(
            "cli:" + Environment.UserName, AuditActions.Reload, $"{count} 份文档重新提取" + (cli.Has("all") ? "（--all）" : "")));
        Console.WriteLine($"{count} documents re-extracted.");
        return 0;
    }
}
