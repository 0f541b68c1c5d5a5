namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>Applies <see cref="GluedCellSplitter"/> to every cell of a recognised table.</summary>
internal static class GluedRowRepair
{
    public static IReadOnlyList<TableRow> Repair(string text, IReadOnlyList<TableRow> rows, List<string> notes)
    {
        List<TableRow>? repaired = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            List<TableCell>? cells = null;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var split = TrySplit(text, row.Cells[c], notes);
                if (split is null && cells is null)
                {
                    continue;
                }
                cells ??= [.. row.Cells.Take(c)];
                cells.AddRange(split ?? [row.Cells[c]]);
            }
            if (cells is not null)
            {
                repaired ??= [.. rows.Take(r)];
                repaired.Add(new TableRow(cells));
            }
            else
            {
                repaired?.Add(row);
            }
        }
        return repaired ?? rows;
    }

    private static List<TableCell>? TrySplit(string text, TableCell cell, List<string> notes)
    {
        var value = cell.Text;
        var start = value.Length;
        while (start > 0 && IsRunChar(value[start - 1]))
        {
            start--;
        }
        while (start < value.Length && !char.IsAsciiDigit(value[start]))
        {
            start++;
        }
        var run = value[start..];
        if (!GluedCellSplitter.LooksGlued(run))
        {
            return null;
        }
        var found = text.IndexOf(run, cell.Offset, StringComparison.Ordinal);
        var runOffset = found >= 0 ? found : cell.Offset;
        var tokens = GluedCellSplitter.Split(run);
        if (tokens is null)
        {
            notes.Add($"Glued figures '{run}' at offset {runOffset} could not be split unambiguously; left as written.");
            return null;
        }
        var cells = new List<TableCell>();
        var prefix = value[..start].TrimEnd();
        if (prefix.Length > 0)
        {
            cells.Add(cell with { Text = prefix });
        }
        var at = 0;
        foreach (var token in tokens)
        {
            cells.Add(new TableCell(token, runOffset + at));
            at += token.Length;
        }
        notes.Add($"Glued figures '{run}' at offset {runOffset} split as {string.Join(" | ", tokens)} (checked against rate and weight).");
        return cells;
    }

    private static bool IsRunChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';
}
