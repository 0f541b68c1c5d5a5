using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Warehouse.Loading;

namespace PerfEval.Loading;

/// <summary>A file after read, extract and check: a report to write, a known document, or the reason it cannot be loaded.</summary>
internal sealed record ProcessedFile(string Path, SourceFile? Source, ReportText? Text, ExtractedReport? Report, string? FailureReason, double DurationMs)
{
    public byte[]? Content { get; init; }

    /// <summary>Set when the warehouse already holds this content from the current parser version.</summary>
    public KnownDocument? AlreadyKnown { get; init; }

    public bool Failed => FailureReason is not null;
}
