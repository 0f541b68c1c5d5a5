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

    /// <summary>
    /// DuckDB's memory_limit while this process loads (e.g. "512MB"); null keeps DuckDB's default (80 % of RAM). The
    /// setting holds for the whole database instance, so a host that also serves the dashboard leaves it unset.
    /// </summary>
    public string? WarehouseMemoryLimit { get; set; }

    /// <summary>
    /// DuckDB's checkpoint_threshold while this process loads (e.g. "256MB"); null keeps DuckDB's default (16 MB, a
    /// checkpoint after nearly every batch). Committed batches are in the write-ahead log either way.
    /// </summary>
    public string? WarehouseCheckpointThreshold { get; set; }

    /// <summary>
    /// DuckDB's memory_limit for the peer pass after a load's batches (e.g. "192MB"), once they are checkpointed; null
    /// keeps <see cref="WarehouseMemoryLimit"/>. Cached table blocks are then left to the OS page cache.
    /// </summary>
    public string? WarehousePeerPassMemoryLimit { get; set; }

    /// <summary>DuckDB's threads while this process loads; null keeps DuckDB's default (one per core). Holds for the whole instance.</summary>
    public int? WarehouseThreads { get; set; }

    /// <summary>
    /// DuckDB's allocator_flush_threshold while this process loads (e.g. "32MB"), with jemalloc's background purge on;
    /// null keeps DuckDB's default (128 MB, no background purge). Holds for the whole instance.
    /// </summary>
    public string? WarehouseAllocatorFlushThreshold { get; set; }

    /// <summary>
    /// The memory_limit of a process that only loads (`perfeval load`, the load bench): its 1 GB budget less the .NET
    /// heap (~330 MB at 100,000 reports), the native heap (~200 MB) and a checkpoint's buffers beyond the limit.
    /// </summary>
    public const string OneShotMemoryLimit = "320MB";

    /// <summary>The checkpoint_threshold of a process that only loads: a checkpoint every few batches of 1,000 reports.</summary>
    public const string OneShotCheckpointThreshold = "128MB";

    /// <summary>The memory_limit of a one-shot load's peer pass: its hash tables need ~80 MB at 100,000 reports, its .NET heap grows ~150 MB.</summary>
    public const string OneShotPeerPassMemoryLimit = "192MB";

    /// <summary>The DuckDB threads of a process that only loads: its extraction keeps every core busy already.</summary>
    public const int OneShotThreads = 1;

    /// <summary>The allocator_flush_threshold of a process that only loads: pages freed after a checkpoint go back to the OS.</summary>
    public const string OneShotAllocatorFlushThreshold = "32MB";

    /// <summary>
    /// A full, compacting garbage collection after every this many batches while this process loads; null leaves it to
    /// the runtime. The batches' garbage reaches gen2, which the runtime lets grow by ~200 MB over 100,000 reports.
    /// </summary>
    public int? FullCollectionEveryBatches { get; set; }

    /// <summary>A one-shot load's collection interval: ~50 ms of a 1,000-report batch's ~1 s, every 10 batches.</summary>
    public const int OneShotFullCollectionEveryBatches = 10;

    /// <summary>The settings of a process that only loads (`perfeval load`, the load bench) — see the constants above.</summary>
    public LoaderOptions WithOneShotWarehouse(string? memoryLimit = null)
    {
        WarehouseMemoryLimit = memoryLimit ?? OneShotMemoryLimit;
        WarehouseCheckpointThreshold = OneShotCheckpointThreshold;
        WarehousePeerPassMemoryLimit = OneShotPeerPassMemoryLimit;
        WarehouseThreads = OneShotThreads;
        WarehouseAllocatorFlushThreshold = OneShotAllocatorFlushThreshold;
        FullCollectionEveryBatches = OneShotFullCollectionEveryBatches;
        return this;
    }

    /// <summary>Attempts to read a file that fails with an IO error (locked, still being copied).</summary>
    public int ReadAttempts { get; set; } = 3;

    /// <summary>Generate and load a demo corpus when the warehouse is empty at start.</summary>
    public bool DemoOnEmpty { get; set; } = true;

    /// <summary>Number of demo reports generated on first start.</summary>
    public int DemoReports { get; set; } = 300;

    /// <summary>The Quartz job store: "sqlite" (embedded, one node) or "postgres" (clustered, needs <see cref="SchedulerPostgres"/>).</summary>
    public string JobStore { get; set; } = "sqlite";

    /// <summary>PostgreSQL connection string of the clustered Quartz job store.</summary>
    public string? SchedulerPostgres { get; set; }

    /// <summary>This node's scheduler instance id; empty means host-pid-random, unique per process (never "AUTO", see docs/loader.md).</summary>
    public string? NodeId { get; set; }

    /// <summary>How often a clustered node checks in; a node silent for longer than this plus the threshold is taken for dead.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a standby node tries to take the warehouse lease.</summary>
    public TimeSpan LeaseRetryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Quarantine folder; relative to the data folder.</summary>
    public string Quarantine { get; set; } = "quarantine";

    /// <summary>The scheduler instance id: configured, or one no other process can have (Quartz's "AUTO" is hostname + clock ticks).</summary>
    public string EffectiveNodeId => NodeId is { Length: > 0 } id ? id : generatedNodeId;

    private readonly string generatedNodeId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    public bool IsClustered => string.Equals(JobStore, "postgres", StringComparison.OrdinalIgnoreCase);

    public Uploads.UploadPolicy Uploads { get; set; } = new();

    /// <summary>Extensions of files the loader reads as reports; anything else in the inbox is quarantined as not a report.</summary>
    public List<string> ReportExtensions { get; set; } = [".txt", ".docx", ".doc", ".pdf", ".wps", ".rtf", ".html", ".htm"];

    public string QuarantineFolder => Path.Combine(DataFolder, Quarantine);
    public string OriginalsFolder => Path.Combine(DataFolder, "originals");

    public IReadOnlyList<string> EffectiveInboxes =>
        InboxFolders.Count > 0 ? [.. InboxFolders.Select(f => Path.Combine(DataFolder, f))] : [Path.Combine(DataFolder, "inbox")];

    public string DemoInbox => Path.Combine(EffectiveInboxes[0], "_demo");

    public string SchedulerSqlitePath => Path.Combine(DataFolder, "quartz.db");

    /// <summary>Why a file is not taken as a report (its extension), or null when it is one to read.</summary>
    public string? NotAReportReason(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return ReportExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"{Path.GetFileName(path)}: not a report file ({(extension.Length > 0 ? extension : "no extension")}); reports are {string.Join(", ", ReportExtensions)}";
    }

    /// <summary>Files the demo seeder dropped are marked as demo data.</summary>
    public bool IsDemoPath(string path) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(DemoInbox) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
