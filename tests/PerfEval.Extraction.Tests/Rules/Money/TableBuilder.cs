using System.Text;
using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>Builds a ReportText with one real table, as the docx reader gives it: cells with offsets into the text.</summary>
internal static class TableBuilder
{
    public static ReportText Document(string before, string?[][] rows, string? unitHint = null, string after = "")
    {
        var text = new StringBuilder(before).Append('\n');
        var tableOffset = text.Length;
        var tableRows = new List<TableRow>();
        foreach (var row in rows)
        {
            var cells = new List<TableCell>();
            foreach (var cell in row)
            {
                cells.Add(new TableCell(cell ?? string.Empty, text.Length));
                text.Append(cell).Append('\t');
            }
            text.Append('\n');
            tableRows.Add(new TableRow(cells));
        }
        text.Append(after);
        var full = text.ToString();
        var layout = PlainTextLayout.Build("table.docx", "docx", full);
        return new ReportText
        {
            SourceName = "table.docx",
            Format = "docx",
            Text = full,
            Lines = layout.Lines,
            Tables = [new TextTable(0, tableOffset, 1, tableRows) { UnitHint = unitHint }],
        };
    }
}
