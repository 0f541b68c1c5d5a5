namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Reads a table whose cells lost every separator, as some PDFs copy out: a header line made of known column titles,
/// then lines without gaps, each cut into cells by <see cref="GluedRowSplitter"/>. The table ends at a gap, a blank
/// line, a sentence (unless it is a scored indicator row's remark), a title (…表, 附件, 单位：) or the next header.
/// </summary>
internal static class GluedLineTableReader
{
    private const int MaxRowLength = 300;

    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start, List<string> notes)
    {
        if (!GluedHeader.TryRead(lines[start], out var header, out var kind))
        {
            return null;
        }
        var rows = new List<TableRow> { header };
        var weights = new List<int> { -1 };
        var i = start + 1;
        while (i < lines.Count && IsRow(lines[i], kind))
        {
            rows.Add(GluedRowSplitter.Split(lines[i], kind, notes, out var weightAt));
            weights.Add(weightAt);
            i++;
        }
        GluedCategoryWeights.Check(rows, weights, notes);
        return new TableDraft(start, i, rows);
    }

    private static bool IsRow(TextLine line, GluedTableKind kind)
    {
        var content = line.Content;
        if (content.Length is 0 or > MaxRowLength || content.AsSpan().IndexOfAny(" \t\u3000") >= 0 || !content.AsSpan().ContainsAnyInRange('0', '9')
            || content.EndsWith('表') || content.StartsWith("附件", StringComparison.Ordinal) || content.StartsWith("附表", StringComparison.Ordinal)
            || content.StartsWith("单位", StringComparison.Ordinal) || GluedHeader.TryRead(line, out _, out _))
        {
            return false;
        }
        return !content.Contains('。', StringComparison.Ordinal) || (kind == GluedTableKind.Indicators && GluedRowSplitter.IsScoredIndicatorRow(line));
    }
}
