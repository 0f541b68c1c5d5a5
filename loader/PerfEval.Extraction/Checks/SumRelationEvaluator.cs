using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

internal enum RelationOutcome
{
    Holds,
    Fails,

    /// <summary>Fails as written, holds when one amount's 元/万元 is read the other way.</summary>
    HoldsWithUnitSwitch,
}

internal sealed record RelationResult(
    SumRelation Relation,
    string Context,
    RelationOutcome Outcome,
    StatedAmount Total,
    IReadOnlyList<StatedAmount> Parts,
    StatedAmount? Mislabelled)
{
    public decimal PartsSum => Parts.Sum(part => part.Value);

    public IReadOnlyList<Evidence> Evidence => [Total.Evidence, .. Parts.Select(part => part.Evidence)];
}

/// <summary>Tests the configured sums (total = Σ parts) on the statements of each context.</summary>
internal static class SumRelationEvaluator
{
    public static IEnumerable<RelationResult> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        foreach (var context in report.Statements.GroupBy(statement => statement.Context, StringComparer.Ordinal))
        {
            var byQuantity = context
                .GroupBy(statement => statement.Quantity, StringComparer.Ordinal)
                .Where(group => StatementGroups.IsConsistent([.. group], config.Tolerance))
                .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
            foreach (var relation in config.SumRelations)
            {
                if (!byQuantity.TryGetValue(relation.Total, out var total)
                    || !relation.Parts.All(byQuantity.ContainsKey))
                {
                    continue;
                }
                var parts = relation.Parts.Select(part => byQuantity[part]).ToList();
                yield return Judge(relation, context.Key, total, parts, config.Tolerance);
            }
        }
    }

    private static RelationResult Judge(SumRelation relation, string context, StatedAmount total, List<StatedAmount> parts, decimal tolerance)
    {
        if (Holds(total.Value, parts.Sum(part => part.Value), tolerance))
        {
            return new RelationResult(relation, context, RelationOutcome.Holds, total, parts, null);
        }
        if (OtherUnit(total) is { } totalAlternative && Holds(totalAlternative, parts.Sum(part => part.Value), tolerance))
        {
            return new RelationResult(relation, context, RelationOutcome.HoldsWithUnitSwitch, total, parts, total);
        }
        foreach (var part in parts)
        {
            if (OtherUnit(part) is not { } alternative)
            {
                continue;
            }
            var sum = parts.Sum(p => ReferenceEquals(p, part) ? alternative : p.Value);
            if (Holds(total.Value, sum, tolerance))
            {
                return new RelationResult(relation, context, RelationOutcome.HoldsWithUnitSwitch, total, parts, part);
            }
        }
        return new RelationResult(relation, context, RelationOutcome.Fails, total, parts, null);
    }

    private static bool Holds(decimal total, decimal sum, decimal tolerance) => Math.Abs(total - sum) <= tolerance;

    /// <summary>The amount in 万元 had the text written the other unit.</summary>
    public static decimal? OtherUnit(StatedAmount statement) => statement.RawUnit switch
    {
        "元" => statement.RawNumber,
        "万元" => statement.RawNumber / 10_000m,
        _ => null,
    };
}
