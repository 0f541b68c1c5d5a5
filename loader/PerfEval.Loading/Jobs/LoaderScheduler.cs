using Quartz;

namespace PerfEval.Loading.Jobs;

/// <summary>Asks the scheduler to run a loader job now (after an upload, or from the dashboard's buttons).</summary>
public sealed class LoaderScheduler(ISchedulerFactory schedulers)
{
    public async Task ScanNowAsync(CancellationToken cancellationToken = default) =>
        await (await schedulers.GetScheduler(cancellationToken)).TriggerJob(InboxScanJob.Key, cancellationToken);

    public async Task ReloadNowAsync(bool all, CancellationToken cancellationToken = default) =>
        await (await schedulers.GetScheduler(cancellationToken)).TriggerJob(ReloadJob.Key, new JobDataMap { [ReloadJob.AllKey] = all }, cancellationToken);
}
