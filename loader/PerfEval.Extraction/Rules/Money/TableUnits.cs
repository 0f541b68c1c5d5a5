using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>The money unit that applies to a table's cells: a cell's own suffix, its column header, then the table's.</summary>
internal static class TableUnits
{
    /// <summary>
    /// The unit stated for the whole table: its unit line, else the one unit its headings declare ("（万元）")
    /// when they all agree. Null when none is stated or they disagree.
    /// </summary>
    public static string? ForTable(TextTable table)
    {
        var hinted = MoneyUnit.FindDeclared(table.UnitHint);
        if (hinted is not null)
        {
            return hinted;
        }
        var declared = table.Rows.SelectMany(r => r.Cells).Select(c => MoneyUnit.FindDeclared(c.Text)).OfType<string>().Distinct().ToList();
        return declared.Count == 1 ? declared[0] : null;
    }

    public static string? ForColumn(TableRow header, int column, string? tableUnit) =>
        column < header.Cells.Count ? MoneyUnit.FindDeclared(header.Cells[column].Text) ?? tableUnit : tableUnit;
}
