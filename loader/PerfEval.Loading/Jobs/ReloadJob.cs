using Microsoft.Extensions.Logging;
using Quartz;

namespace PerfEval.Loading.Jobs;

/// <summary>Re-extracts documents stored by an older parser version; triggered at start and on demand.</summary>
[DisallowConcurrentExecution]
public sealed class ReloadJob(DocumentReloader reloader, ILogger<ReloadJob> log) : IJob
{
    public static readonly JobKey Key = new("reload", "loader");

    public const string AllKey = "all";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var all = context.MergedJobDataMap.TryGetValue(AllKey, out var value) && value is true;
        var count = reloader.Reload(all, cancellationToken);
        log.LogInformation("Re-extracted {Count} documents", count);
        return ValueTask.CompletedTask;
    }
}
