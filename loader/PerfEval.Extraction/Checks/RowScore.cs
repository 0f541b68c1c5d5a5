using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>One scoring row with the points the national rules give it.</summary>
public sealed record RowScore(IndicatorRow Row, TargetAssessment Assessment, decimal? Recomputed);
