using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace PerfEval.Loading.Jobs;

/// <summary>
/// Starts the Quartz scheduler once this process holds the warehouse lease, and stands by until then. On a cluster
/// the standby node takes over when the active node dies: the lease frees, this node starts its scheduler, and
/// Quartz's cluster recovery hands it the dead node's triggers and in-flight scan.
/// </summary>
public sealed class LeasedSchedulerService(
    WarehouseLease lease, ISchedulerFactory schedulers, LoaderOptions options, ILogger<LeasedSchedulerService> log) : BackgroundService
{
    private IScheduler? scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var announced = false;
        while (!lease.TryAcquire())
        {
            if (!announced)
            {
                log.LogWarning(
                    "Standby: the warehouse {Path} is held by process {HolderPid}; node {NodeId} retries every {Interval}",
                    lease.DatabasePath, lease.HolderProcessId, options.EffectiveNodeId, options.LeaseRetryInterval);
                announced = true;
            }
            await Task.Delay(options.LeaseRetryInterval, stoppingToken);
        }
        scheduler = await schedulers.GetScheduler(stoppingToken);
        await scheduler.Start(stoppingToken);
        log.LogInformation(
            "Active: node {NodeId} (process {Pid}) holds the warehouse {Path}; scheduler started on the {JobStore} job store",
            scheduler.SchedulerInstanceId, Environment.ProcessId, lease.DatabasePath, options.JobStore);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (scheduler is not null)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
        lease.Dispose();
    }
}
