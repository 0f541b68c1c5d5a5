using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Chooses the statement a field takes: a table's (the 自评表 is the form of record) over the narrative's, then the first.</summary>
internal static class StatementPicker
{
    public static StatedAmount? Pick(IEnumerable<StatedAmount> statements, params string[] quantities)
    {
        foreach (var quantity in quantities)
        {
            var chosen = statements.Where(s => s.Quantity == quantity)
                .OrderBy(s => s.Context == Quantities.Table ? 0 : 1)
                .FirstOrDefault();
            if (chosen is not null)
            {
                return chosen;
            }
        }
        return null;
    }
}
