using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>Statements of one quantity grouped into the distinct values they give.</summary>
internal static class StatementGroups
{
    /// <summary>One representative per distinct value (values within the tolerance are the same value).</summary>
    public static IReadOnlyList<StatedAmount> DistinctValues(IReadOnlyList<StatedAmount> statements, decimal tolerance)
    {
        var distinct = new List<StatedAmount>();
        foreach (var statement in statements)
        {
            if (!distinct.Any(seen => Math.Abs(seen.Value - statement.Value) <= tolerance))
            {
                distinct.Add(statement);
            }
        }
        return distinct;
    }

    public static bool IsConsistent(IReadOnlyList<StatedAmount> statements, decimal tolerance) =>
        DistinctValues(statements, tolerance).Count <= 1;

    /// <summary>The same number written once with 元 and once with 万元: a unit slip, not two figures.</summary>
    public static bool IsSameNumberOtherUnit(IReadOnlyList<StatedAmount> distinct, decimal tolerance) =>
        distinct.Count == 2
        && distinct[0].RawUnit != distinct[1].RawUnit
        && Math.Abs(distinct[0].RawNumber - distinct[1].RawNumber) <= tolerance
        && SumRelationEvaluator.OtherUnit(distinct[0]) is not null
        && SumRelationEvaluator.OtherUnit(distinct[1]) is not null;

    public static IEnumerable<IReadOnlyList<StatedAmount>> ByQuantity(ExtractedReport report) =>
        report.Statements
            .GroupBy(statement => statement.Quantity, StringComparer.Ordinal)
            .Select(group => (IReadOnlyList<StatedAmount>)[.. group]);
}
