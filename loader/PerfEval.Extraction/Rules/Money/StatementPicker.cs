using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Chooses the statement a field takes: a table's first (the 自评表 is the form of record), else the largest the
/// narrative states, because running text also states parts of the whole (one project's 实际支出) but the whole
/// is never smaller than a part. The quantities are tried in the order given.
/// </summary>
internal static class StatementPicker
{
    public static StatedAmount? Pick(IEnumerable<StatedAmount> statements, params string[] quantities)
    {
        foreach (var quantity in quantities)
        {
            var candidates = statements.Where(s => s.Quantity == quantity).ToList();
            var chosen = candidates.Find(s => s.Context == Quantities.Table)
                ?? candidates.Where(s => s.Context == Quantities.Narrative).MaxBy(s => s.Value);
            if (chosen is not null)
            {
                return chosen;
            }
        }
        return null;
    }
}
