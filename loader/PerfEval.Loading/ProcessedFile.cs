using PerfEval.Extraction.Model;
using PerfEval.Warehouse.Loading;

namespace PerfEval.Loading;

/// <summary>
/// A file after read, extract and check: a report to write, a known document, or the reason it cannot be loaded.
/// Holds the decoded text only as the string the warehouse stores: a batch waits here for the writer, and the
/// decoded document's lines and table cells would copy that text several times over.
/// </summary>
internal sealed record ProcessedFile(string Path, SourceFile? Source, DecodedText? Text, ExtractedReport? Report, string? FailureReason, double DurationMs)
{
    public byte[]? Content { get; init; }

    /// <summary>Set when the warehouse already holds this content from the current parser version.</summary>
    public KnownDocument? AlreadyKnown { get; init; }

    /// <summary>Time spent reading and hashing the file, the rest of <see cref="DurationMs"/> being decode, extract and check.</summary>
    public double ReadMs { get; init; }

    public bool Failed => FailureReason is not null;
}
