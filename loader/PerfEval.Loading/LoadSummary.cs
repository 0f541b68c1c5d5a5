namespace PerfEval.Loading;

/// <summary>What one load run did, file by file.</summary>
public sealed record LoadSummary(IReadOnlyList<LoadOutcome> Outcomes, TimeSpan Elapsed)
{
    /// <summary>Where the time went: per-file stages summed over threads, writing measured on the single writer.</summary>
    public LoadStageTimes Stages { get; init; } = new(0, 0, 0);

    /// <summary>Full garbage collections the load asked for between batches (<see cref="LoaderOptions.FullCollectionEveryBatches"/>).</summary>
    public int FullCollections { get; init; }

    public int Count(string status) => Outcomes.Count(o => o.Status == status);
}

/// <summary>
/// Milliseconds spent reading files, decoding + extracting + checking them (summed over threads), writing batches,
/// and on the cross-report (peer) checks after them.
/// </summary>
public sealed record LoadStageTimes(double ReadMs, double ProcessMs, double WriteMs, double PeersMs = 0);
