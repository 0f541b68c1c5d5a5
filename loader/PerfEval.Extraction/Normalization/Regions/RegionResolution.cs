using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>The region found for a report, how sure it is, and the text that named it.</summary>
public sealed record RegionResolution(RegionMatch Match, RegionStatus Status, Evidence? Evidence);
