using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>
/// The same quantity stated with different values (narrative vs table, income block vs its table), or parts that do
/// not add up to their stated total. Differences a 元/万元 switch explains are left to unit_mislabel.
/// </summary>
public sealed class TotalsDisagreeCheck : ICheck
{
    public string Id => "totals_disagree";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        foreach (var statements in StatementGroups.ByQuantity(report))
        {
            var distinct = StatementGroups.DistinctValues(statements, config.Tolerance);
            if (distinct.Count < 2 || StatementGroups.IsSameNumberOtherUnit(distinct, config.Tolerance))
            {
                continue;
            }
            var values = string.Join(" / ", distinct.Select(s => $"{ReportFacts.Format(s.Value)}（{s.Context}）"));
            yield return new Flag(Id, Severity,
                $"“{distinct[0].Quantity}”前后不一致：{values}万元 (the same quantity stated with different values)",
                [.. distinct.Select(s => s.Evidence)]);
        }
        foreach (var result in SumRelationEvaluator.Evaluate(report, config).Where(r => r.Outcome == RelationOutcome.Fails))
        {
            yield return new Flag(Id, Severity,
                $"{result.Relation.Total} {ReportFacts.Format(result.Total.Value)} ≠ {string.Join(" + ", result.Relation.Parts)} = {ReportFacts.Format(result.PartsSum)}（{result.Context}） (parts do not add up to the stated total)",
                result.Evidence);
        }
    }
}
