using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>Points deducted although the target was met: an inconsistency, usually harmless.</summary>
public sealed class PointsWithoutShortfallCheck : ICheck
{
    public string Id => "points_without_shortfall";
    public FlagSeverity Severity => FlagSeverity.Info;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        foreach (var scored in ScoreRecomputer.ScoreRows(report, config))
        {
            var row = scored.Row;
            if (row.IsExecutionRate || row.Points is not { } points || row.Weight is not { } weight
                || points >= weight - ReportFacts.Allowance(points, config.Tolerance) || scored.Assessment.Outcome != TargetOutcome.Met)
            {
                continue;
            }
            yield return new Flag(Id, Severity,
                $"“{row.Name}”已达到目标（目标{row.Target}，实际{row.Actual}）却扣分：{ReportFacts.Format(points)}/{ReportFacts.Format(weight)} (target met yet points deducted)",
                row.Evidence is { } evidence ? [evidence] : []);
        }
    }
}
