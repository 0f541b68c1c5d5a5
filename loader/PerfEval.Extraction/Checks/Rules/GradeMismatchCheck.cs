using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>The stated grade lies outside the band of the stated score (优 ≥90, 良 80–89, 中 60–79, 差 &lt;60).</summary>
public sealed class GradeMismatchCheck : ICheck
{
    public string Id => "grade_mismatch";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.Grade is not { Length: > 0 } grade || report.ScoreReported is not { } score)
        {
            yield break;
        }
        var band = config.Grades.FirstOrDefault(band => grade.StartsWith(band.Grade, StringComparison.Ordinal));
        if (band is null)
        {
            yield break;
        }
        var upper = config.Grades.Where(other => other.Min > band.Min).Select(other => (decimal?)other.Min).Min();
        if (score >= band.Min - config.Tolerance && (upper is null || score < upper))
        {
            yield break;
        }
        var range = upper is null ? $"≥{ReportFacts.Format(band.Min)}" : $"{ReportFacts.Format(band.Min)}–<{ReportFacts.Format(upper.Value)}";
        yield return new Flag(Id, Severity,
            $"等级“{grade}”与得分{ReportFacts.Format(score)}不符（{band.Grade}: {range}） (grade outside its score band)",
            ReportFacts.Quotes(report, EvidenceKeys.Grade, EvidenceKeys.ScoreReported));
    }
}
