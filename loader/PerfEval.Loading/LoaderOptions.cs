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

    public string QuarantineFolder => Path.Combine(DataFolder, "quarantine");
    public string OriginalsFolder => Path.Combine(DataFolder, "originals");

    public IReadOnlyList<string> EffectiveInboxes =>
        InboxFolders.Count > 0 ? [.. InboxFolders.Select(f => Path.Combine(DataFolder, f))] : [Path.Combine(DataFolder, "inbox")];
}
