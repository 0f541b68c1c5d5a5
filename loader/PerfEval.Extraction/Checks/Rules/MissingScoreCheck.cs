using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>No self-evaluation score at all: neither a total nor scored rows.</summary>
public sealed class MissingScoreCheck : ICheck
{
    public string Id => "missing_score";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.ScoreReported is null && !report.Indicators.Any(row => row.Points is not null))
        {
            yield return new Flag(Id, Severity, "报告未给出自评得分 (no self-evaluation score reported)", []);
        }
    }
}
