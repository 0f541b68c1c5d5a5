using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>A row scored full points although its actual value misses its target.</summary>
public sealed class FullMarksUnmetCheck : ICheck
{
    public string Id => "full_marks_unmet";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        foreach (var scored in ScoreRecomputer.ScoreRows(report, config))
        {
            var row = scored.Row;
            if (row.IsExecutionRate || row.Points is not { } points || row.Weight is not { } weight
                || points < weight - config.Tolerance || scored.Assessment.Outcome != TargetOutcome.Unmet)
            {
                continue;
            }
            yield return new Flag(Id, Severity,
                $"“{row.Name}”未达到目标（目标{row.Target}，实际{row.Actual}）却得满分{ReportFacts.Format(points)} (target missed yet full points)",
                row.Evidence is { } evidence ? [evidence] : []);
        }
    }
}
