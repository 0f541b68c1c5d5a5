using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

public sealed class OverExecutionCheck : ICheck
{
    public string Id => "over_execution";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (ReportFacts.ExecutionRate(report) is { } rate && rate > config.OverExecutionAbove + config.Tolerance)
        {
            yield return new Flag(Id, Severity,
                $"预算执行率{ReportFacts.Format(rate)}%超过{ReportFacts.Format(config.OverExecutionAbove)}% (spent more than the budget)",
                ReportFacts.ExecutionEvidence(report));
        }
    }
}
