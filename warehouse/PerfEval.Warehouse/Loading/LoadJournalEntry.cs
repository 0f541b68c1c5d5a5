namespace PerfEval.Warehouse.Loading;

/// <summary>One attempt to load a file. Status: loaded, unchanged, superseded, reloaded or quarantined.</summary>
public sealed record LoadJournalEntry(
    string FilePath,
    string? DocumentId,
    string Status,
    string? Reason,
    string ParserVersion,
    DateTime StartedAt,
    double DurationMs,
    long? SizeBytes);
