using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>A total score stated with no scored indicator rows to support it.</summary>
public sealed class UnsupportedScoreCheck : ICheck
{
    public string Id => "unsupported_score";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.ScoreReported is { } score && !report.Indicators.Any(row => !row.IsExecutionRate && row.Points is not null))
        {
            yield return new Flag(Id, Severity,
                $"报告得分{ReportFacts.Format(score)}分，但没有评分指标支撑 (score with no scored indicators)",
                ReportFacts.Quotes(report, EvidenceKeys.ScoreReported));
        }
    }
}
