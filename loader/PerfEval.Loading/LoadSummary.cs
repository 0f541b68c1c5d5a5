namespace PerfEval.Loading;

/// <summary>What one load run did, file by file.</summary>
public sealed record LoadSummary(IReadOnlyList<LoadOutcome> Outcomes, TimeSpan Elapsed)
{
    public int Count(string status) => Outcomes.Count(o => o.Status == status);
}
