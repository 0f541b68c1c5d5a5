using Dapper;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Schema;
using Quartz;

namespace PerfEval.Loading.Jobs;

/// <summary>The node's state for /healthz: "ok" when it holds the warehouse and its scheduler runs, else "standby".</summary>
public sealed class LoaderHealth(WarehouseDatabase warehouse, WarehouseLease lease, ISchedulerFactory schedulers, LoaderActivity activity, LoaderOptions options)
{
    public async Task<LoaderHealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var held = lease.IsHeld;
        var scheduler = held ? await schedulers.GetScheduler(cancellationToken) : null;
        var started = scheduler?.Status == SchedulerStatus.Running;
        var nextScan = scheduler is null ? null : (await scheduler.GetTrigger(InboxScanJob.CronTrigger, cancellationToken))?.NextFireTimeUtc;
        long? documents = null;
        if (held)
        {
            using var connection = warehouse.Open();
            documents = connection.ExecuteScalar<long>(SqlScripts.Get("loading/count_documents.sql"));
        }
        var last = activity.LastScan;
        return new LoaderHealthReport(
            held && started ? "ok" : "standby",
            options.EffectiveNodeId,
            Environment.ProcessId,
            options.EffectiveInboxes,
            options.QuarantineFolder,
            new SchedulerHealth(
                started,
                options.JobStore,
                options.IsClustered,
                options.ScanCron,
                nextScan?.UtcDateTime,
                activity.CompletedScans,
                activity.LastScanAt,
                last is null ? null : new ScanCounts(last.Count("loaded") + last.Count("reloaded"), last.Count("unchanged"), last.Count("quarantined"))),
            new WarehouseHealth(warehouse.DatabasePath, held, lease.HolderProcessId, documents));
    }
}

public sealed record LoaderHealthReport(
    string Status, string Node, int ProcessId, IReadOnlyList<string> Inboxes, string Quarantine, SchedulerHealth Scheduler, WarehouseHealth Warehouse)
{
    public bool IsOk => Status == "ok";
}

public sealed record SchedulerHealth(
    bool Started, string JobStore, bool Clustered, string ScanCron, DateTime? NextScanAt, int CompletedScans, DateTime? LastScanAt, ScanCounts? LastScan);

public sealed record ScanCounts(int Loaded, int Unchanged, int Quarantined);

/// <param name="HolderProcessId">This process when it holds the warehouse, else the process that held it at the last attempt.</param>
public sealed record WarehouseHealth(string Path, bool Held, int? HolderProcessId, long? Documents);
