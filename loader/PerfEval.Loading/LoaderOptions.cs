namespace PerfEval.Loading;

/// <summary>Where files come from and go to. Bound from the "Loader" configuration section.</summary>
public sealed class LoaderOptions
{
    public const string Section = "Loader";

    /// <summary>Root of warehouse, job store, originals and quarantine; relative paths resolve against it.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Folders scanned recursively for reports; default: &lt;data&gt;/inbox.</summary>
    public List<string> InboxFolders { get; set; } = [];

    /// <summary>Quartz cron expression of the inbox scan; default every five minutes.</summary>
    public string ScanCron { get; set; } = "0 0/5 * * * ?";

    /// <summary>Documents written per warehouse transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Attempts to read a file that fails with an IO error (locked, still being copied).</summary>
    public int ReadAttempts { get; set; } = 3;

    /// <summary>Generate and load a demo corpus when the warehouse is empty at start.</summary>
    public bool DemoOnEmpty { get; set; } = true;

    /// <summary>Number of demo reports generated on first start.</summary>
    public int DemoReports { get; set; } = 300;

    /// <summary>PostgreSQL connection string for a clustered Quartz job store; empty means the embedded SQLite store.</summary>
    public string? SchedulerPostgres { get; set; }

    public Uploads.UploadPolicy Uploads { get; set; } = new();

    public string QuarantineFolder => Path.Combine(DataFolder, "quarantine");
    public string OriginalsFolder => Path.Combine(DataFolder, "originals");

    public IReadOnlyList<string> EffectiveInboxes =>
        InboxFolders.Count > 0 ? [.. InboxFolders.Select(f => Path.Combine(DataFolder, f))] : [Path.Combine(DataFolder, "inbox")];

    public string DemoInbox => Path.Combine(EffectiveInboxes[0], "_demo");

    public string SchedulerSqlitePath => Path.Combine(DataFolder, "quartz.db");

    /// <summary>Files the demo seeder dropped are marked as demo data.</summary>
    public bool IsDemoPath(string path) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(DemoInbox) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
