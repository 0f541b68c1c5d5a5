namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>Reads rows written one per line with tabs between the cells (spreadsheet or web copy).</summary>
internal static class TabSeparatedTableReader
{
    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start)
    {
        var rows = new List<TableRow>();
        var i = start;
        while (i < lines.Count && IsRow(lines[i].Content))
        {
            rows.Add(ReadRow(lines[i]));
            i++;
        }
        return rows.Count >= 2 ? new TableDraft(start, i, rows) : null;
    }

    private static bool IsRow(string content) =>
        content.Length > 0 && content[0] != '\t' && content.Contains('\t', StringComparison.Ordinal) && !TextLineKinds.IsBlank(content);

    private static TableRow ReadRow(TextLine line)
    {
        var content = line.Content;
        var cells = new List<TableCell>();
        var from = 0;
        while (from <= content.Length)
        {
            var tab = content.IndexOf('\t', from);
            var to = tab < 0 ? content.Length : tab;
            var (text, at) = TextLineKinds.Trim(content, from, to);
            cells.Add(new TableCell(text, line.Offset + at));
            from = to + 1;
        }
        return new TableRow(cells);
    }
}
