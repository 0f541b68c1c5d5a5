using Microsoft.Extensions.Logging;
using Quartz;

namespace PerfEval.Loading.Jobs;

/// <summary>
/// Scans the inbox folders and loads what is new. One at a time: DuckDB has a single writer, and two scans of the
/// same inbox would race for the same files.
/// </summary>
[DisallowConcurrentExecution]
public sealed class InboxScanJob(DocumentLoader loader, LoaderOptions options, LoaderActivity activity, ILogger<InboxScanJob> log) : IJob
{
    public static readonly JobKey Key = new("inbox-scan", "loader");

    public static readonly TriggerKey CronTrigger = new("inbox-scan-cron", "loader");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var files = InboxScanner.Scan(options.EffectiveInboxes);
        if (files.Count == 0)
        {
            activity.ScanCompleted(new LoadSummary([], TimeSpan.Zero));
            return ValueTask.CompletedTask;
        }
        log.LogInformation("Inbox scan found {Count} files", files.Count);
        var summary = loader.Load(files, new LoadRequest { RemoveSources = true }, cancellationToken);
        log.LogInformation(
            "Inbox scan: {Loaded} loaded, {Unchanged} unchanged, {Quarantined} quarantined in {Elapsed}",
            summary.Count("loaded") + summary.Count("reloaded"), summary.Count("unchanged"), summary.Count("quarantined"), summary.Elapsed);
        activity.ScanCompleted(summary);
        return ValueTask.CompletedTask;
    }
}
