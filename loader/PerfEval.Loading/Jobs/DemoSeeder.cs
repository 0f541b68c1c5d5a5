using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfEval.Generator;
using Dapper;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Loading.Jobs;

/// <summary>
/// On first start with an empty warehouse, writes a demo corpus into the inbox's demo folder and asks for a scan,
/// so the product shows data at once through the same path real reports take.
/// </summary>
public sealed class DemoSeeder(
    WarehouseDatabase warehouse, WarehouseLease lease, LoaderOptions options, LoaderScheduler scheduler, ILogger<DemoSeeder> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A standby node must not touch the warehouse: another process has it.
        await lease.Acquired.WaitAsync(stoppingToken);
        if (!options.DemoOnEmpty || !WarehouseIsEmpty() || Directory.Exists(options.DemoInbox))
        {
            return;
        }
        log.LogInformation("Empty warehouse: generating {Count} demo reports into {Folder}", options.DemoReports, options.DemoInbox);
        // Generated outside the inbox so a scan never sees half a corpus.
        var staging = Path.Combine(options.DataFolder, "demo-staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = options.DemoReports }, staging, stoppingToken);
        foreach (var sideFile in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Where(IsNotAReport))
        {
            File.Delete(sideFile);
        }
        Directory.Move(staging, options.DemoInbox);
        await scheduler.ScanNowAsync(stoppingToken);
    }

    private bool WarehouseIsEmpty()
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(SqlScripts.Get("loading/count_documents.sql")) == 0;
    }

    // The generator writes ground truth and a manifest beside the reports; only the reports go to the inbox.
    private static bool IsNotAReport(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
}
