using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>A report's ground truth: the record it states, and the anomalies planted in it.</summary>
public sealed record GroundTruth(ExtractedReport Report, IReadOnlyList<string> PlantedFlags, string Layout, string Format)
{
    /// <summary>The .txt file's encoding (utf-8, utf-8-bom, gb18030, utf-16); null for other formats.</summary>
    public string? Encoding { get; init; }

    /// <summary>Every rule a correct check raises: the planted anomalies and the flags the stated figures call for.</summary>
    public IReadOnlyList<string> ExpectedFlags => [.. PlantedFlags.Union(StatedFlags.Of(Report), StringComparer.Ordinal)];
}
