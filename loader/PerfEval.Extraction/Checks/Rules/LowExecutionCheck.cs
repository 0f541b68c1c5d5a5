using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

public sealed class LowExecutionCheck : ICheck
{
    public string Id => "low_execution";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (ReportFacts.ExecutionRate(report) is { } rate && rate < config.LowExecutionBelow)
        {
            yield return new Flag(Id, Severity,
                $"预算执行率{ReportFacts.Format(rate)}%低于{ReportFacts.Format(config.LowExecutionBelow)}% (execution below threshold)",
                ReportFacts.ExecutionEvidence(report));
        }
    }
}
