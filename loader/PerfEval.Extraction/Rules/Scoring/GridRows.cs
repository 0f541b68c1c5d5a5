using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Lays a row out on its table grid: a cell spanning several columns (docx gridSpan, html colspan) is
/// followed by empty cells so that column positions match the header's.
/// </summary>
internal static class GridRows
{
    public static TableRow Expand(TableRow row)
    {
        if (row.Cells.All(c => c.ColSpan <= 1))
        {
            return row;
        }
        var cells = new List<TableCell>();
        foreach (var cell in row.Cells)
        {
            cells.Add(cell.ColSpan > 1 ? cell with { ColSpan = 1 } : cell);
            for (var k = 1; k < cell.ColSpan; k++)
            {
                cells.Add(new TableCell("", cell.Offset));
            }
        }
        return new TableRow(cells);
    }
}
