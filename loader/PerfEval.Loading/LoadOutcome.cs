namespace PerfEval.Loading;

/// <summary>What happened to one file: loaded, unchanged, reloaded or quarantined, with the reason and time taken.</summary>
public sealed record LoadOutcome(string FilePath, string? DocumentId, string Status, string? Reason, double DurationMs)
{
    public IReadOnlyList<string> Superseded { get; init; } = [];
}
