using System.Text;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>Collects cells into rows while a reader walks the lines; a cell may grow by continuation text.</summary>
internal sealed class RowsBuilder
{
    private readonly List<TableRow> rows = [];
    private readonly List<TableCell> cells = [];
    private readonly StringBuilder cellText = new();
    private int cellOffset = -1;

    public void AddCell(string text, int offset)
    {
        FlushCell();
        cellText.Append(text);
        cellOffset = offset;
    }

    /// <summary>Appends wrapped text to the current cell (or starts one when the row has none).</summary>
    public void Continue(string text, int offset)
    {
        if (cellOffset < 0)
        {
            AddCell(text, offset);
            return;
        }
        if (cellText.Length == 0 && text.Length > 0)
        {
            // An empty cell whose text came on the next line: point at the text.
            cellOffset = offset;
        }
        var joined = TextLineKinds.Join(cellText.ToString(), text);
        cellText.Clear().Append(joined);
    }

    public void EndRow()
    {
        FlushCell();
        if (cells.Count > 0)
        {
            rows.Add(new TableRow([.. cells]));
            cells.Clear();
        }
    }

    public IReadOnlyList<TableRow> Finish()
    {
        EndRow();
        return rows;
    }

    private void FlushCell()
    {
        if (cellOffset >= 0)
        {
            cells.Add(new TableCell(cellText.ToString(), cellOffset));
        }
        cellText.Clear();
        cellOffset = -1;
    }
}
