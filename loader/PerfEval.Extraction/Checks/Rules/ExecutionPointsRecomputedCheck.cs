using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>The 预算执行率 row's points differ from min(rate, 100%) × weight beyond rounding.</summary>
public sealed class ExecutionPointsRecomputedCheck : ICheck
{
    public string Id => "execution_points_recomputed";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        foreach (var row in report.Indicators.Where(row => row.IsExecutionRate))
        {
            var rate = ReportFacts.ExecutionRate(report) ?? ParsedQuantity.ParseLenient(row.Actual)?.Value;
            if (row.Points is not { } points || row.Weight is not { } weight || rate is not { } r)
            {
                continue;
            }
            var expected = Math.Min(r, 100m) / 100m * weight;
            if (Math.Abs(points - expected) > ReportFacts.Allowance(points, config.Tolerance))
            {
                yield return new Flag(Id, Severity,
                    $"预算执行率{ReportFacts.Format(r)}%应得{ReportFacts.Format(expected)}分，报告为{ReportFacts.Format(points)}分 (execution {ReportFacts.Format(r)}% × {ReportFacts.Format(weight)} = {ReportFacts.Format(expected)}, stated {ReportFacts.Format(points)})",
                    [.. row.Evidence is { } evidence ? [evidence] : Array.Empty<Evidence>(), .. ReportFacts.ExecutionEvidence(report)]);
            }
        }
    }
}
