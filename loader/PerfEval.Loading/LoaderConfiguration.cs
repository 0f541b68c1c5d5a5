using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PerfEval.Loading;

/// <summary>
/// Reads <see cref="LoaderOptions"/> from the "Loader" section (appsettings.json, then environment variables such as
/// Loader__ScanCron), then the short PERFEVAL_* variables, which win: they are what run.sh and containers set.
/// </summary>
public static class LoaderConfiguration
{
    public static LoaderOptions ReadLoaderOptions(this IConfiguration configuration)
    {
        var options = new LoaderOptions();
        configuration.GetSection(LoaderOptions.Section).Bind(options);
        Apply(configuration, "PERFEVAL_DATA", v => options.DataFolder = v);
        Apply(configuration, "PERFEVAL_INBOX", v => options.InboxFolders = [.. v.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        Apply(configuration, "PERFEVAL_QUARANTINE", v => options.Quarantine = v);
        Apply(configuration, "PERFEVAL_SCAN_CRON", v => options.ScanCron = v);
        Apply(configuration, "PERFEVAL_DEMO", v => options.DemoOnEmpty = bool.Parse(v));
        Apply(configuration, "PERFEVAL_JOB_STORE", v => options.JobStore = v);
        Apply(configuration, "PERFEVAL_SCHEDULER_POSTGRES", v => options.SchedulerPostgres = v);
        Apply(configuration, "PERFEVAL_NODE_ID", v => options.NodeId = v);
        Apply(configuration, "PERFEVAL_CLUSTER_CHECKIN", v => options.ClusterCheckinInterval = TimeSpan.Parse(v, CultureInfo.InvariantCulture));
        options.DataFolder = Path.GetFullPath(options.DataFolder);
        Validate(options);
        return options;
    }

    private static void Apply(IConfiguration configuration, string name, Action<string> set)
    {
        if (configuration[name] is { Length: > 0 } value)
        {
            set(value);
        }
    }

    private static void Validate(LoaderOptions options)
    {
        if (options.JobStore is not ("sqlite" or "postgres"))
        {
            throw new InvalidOperationException($"Loader:JobStore is '{options.JobStore}'; use 'sqlite' or 'postgres'.");
        }
        if (options.IsClustered && string.IsNullOrWhiteSpace(options.SchedulerPostgres))
        {
            throw new InvalidOperationException("Loader:JobStore is 'postgres' but Loader:SchedulerPostgres (PERFEVAL_SCHEDULER_POSTGRES) is empty.");
        }
    }
}
