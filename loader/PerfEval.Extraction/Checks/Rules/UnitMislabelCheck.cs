using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>
/// An amount whose stated unit (元 or 万元) makes a sum fail while the other unit makes it hold — seed 002:
/// 13006.70 − 2778.36 − 8458.47 = 1769.87, yet the government funds were written "1769.87元"; likewise a spending
/// line whose unit keeps the lines from adding up to the total they itemise.
/// </summary>
public sealed class UnitMislabelCheck : ICheck
{
    public string Id => "unit_mislabel";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        var flagged = new HashSet<StatedAmount>();
        foreach (var result in SumRelationEvaluator.Evaluate(report, config).Where(r => r.Outcome == RelationOutcome.HoldsWithUnitSwitch))
        {
            var amount = result.Mislabelled!;
            if (!flagged.Add(amount))
            {
                continue;
            }
            var other = amount.RawUnit == "元" ? "万元" : "元";
            yield return new Flag(Id, Severity,
                $"“{amount.Quantity}”写作{ReportFacts.Format(amount.RawNumber)}{amount.RawUnit}，按{other}才能满足 {result.Relation.Total} = {string.Join(" + ", result.Relation.Parts)} (the amount only adds up in {other})",
                [amount.Evidence, .. result.Evidence.Where(e => e != amount.Evidence)]);
        }
        if (SpendingLineUnits.FindMislabelled(report, config.Tolerance) is var (line, total))
        {
            var written = line.SourceUnit == "元" ? line.Amount!.Value * 10000m : line.Amount!.Value;
            var other = line.SourceUnit == "元" ? "万元" : "元";
            yield return new Flag(Id, Severity,
                $"支出明细“{line.Name}”写作{ReportFacts.Format(written)}{line.SourceUnit}，按{other}各项才合计为{total.Quantity} {ReportFacts.Format(total.Value)}万元 (the line only adds up in {other})",
                [line.Evidence ?? new Evidence(-1, line.Name), total.Evidence]);
        }
        foreach (var statements in StatementGroups.ByQuantity(report))
        {
            var distinct = StatementGroups.DistinctValues(statements, config.Tolerance);
            if (StatementGroups.IsSameNumberOtherUnit(distinct, config.Tolerance) && !distinct.Any(flagged.Contains))
            {
                yield return new Flag(Id, Severity,
                    $"“{distinct[0].Quantity}”同一数字{ReportFacts.Format(distinct[0].RawNumber)}分别写作{distinct[0].RawUnit}和{distinct[1].RawUnit} (the same figure written in both units)",
                    [.. distinct.Select(s => s.Evidence)]);
            }
        }
    }
}
