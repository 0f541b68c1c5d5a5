using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>
/// Recomputes the self-evaluation score from the indicator rows by 财预〔2020〕10号: a met target earns the full
/// weight, an unmet quantitative one weight × completion ratio, a qualitative one the top of its band, and the
/// 预算执行率 row min(rate, 100%) × weight. A row whose target cannot be compared keeps its stated points.
/// </summary>
public static class ScoreRecomputer
{
    /// <summary>The recomputed total rounded to 0.01; null when the report has no scoring rows.</summary>
    public static decimal? Recompute(ExtractedReport report, CheckConfiguration config)
    {
        var rows = ScoreRows(report, config);
        if (rows.Count == 0)
        {
            return null;
        }
        var total = rows.Sum(row => row.Recomputed ?? 0m);
        return Math.Round(total, 2, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<RowScore> ScoreRows(ExtractedReport report, CheckConfiguration config) =>
        [.. ReportFacts.ScoringRows(report).Select(row => Score(row, report, config))];

    private static RowScore Score(IndicatorRow row, ExtractedReport report, CheckConfiguration config)
    {
        if (row.IsExecutionRate)
        {
            var rate = ReportFacts.ExecutionRate(report) ?? ParsedQuantity.ParseLenient(row.Actual)?.Value;
            var points = rate is { } r && row.Weight is { } w ? Math.Min(r, 100m) / 100m * w : Stated(row);
            return new RowScore(row, TargetAssessment.Unknown, points);
        }
        var assessment = TargetComparison.Assess(row, config);
        var recomputed = assessment.Completion is { } share && row.Weight is { } weight ? share * weight : Stated(row);
        return new RowScore(row, assessment, recomputed);
    }

    /// <summary>What the report gave the row, never more than its weight.</summary>
    private static decimal? Stated(IndicatorRow row) =>
        row.Points is { } points && row.Weight is { } weight ? Math.Min(points, weight) : row.Points;
}
