using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>The stated total is not the sum of the scoring rows (incl. 预算执行率), beyond rounding.</summary>
public sealed class ScoreSumMismatchCheck : ICheck
{
    public string Id => "score_sum_mismatch";
    public FlagSeverity Severity => FlagSeverity.Critical;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        var rows = ReportFacts.ScoringRows(report);
        if (report.ScoreReported is not { } stated || rows.Count == 0 || rows.Any(row => row.Points is null))
        {
            yield break;
        }
        var sum = rows.Sum(row => row.Points!.Value);
        if (Math.Abs(sum - stated) > ReportFacts.Allowance(stated, config.Tolerance))
        {
            yield return new Flag(Id, Severity,
                $"总分{ReportFacts.Format(stated)}不等于各指标得分之和{ReportFacts.Format(sum)} (stated total {ReportFacts.Format(stated)} ≠ sum of {rows.Count} rows {ReportFacts.Format(sum)})",
                [.. ReportFacts.Quotes(report, EvidenceKeys.ScoreReported), .. rows.Select(row => row.Evidence).OfType<Evidence>()]);
        }
    }
}
