namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Reads the shape Word's "save as text" writes: each cell on its own line behind a leading tab, rows
/// separated by a blank line. A cell's wrapped text continues on lines without a tab, and a paragraph
/// break inside a cell shows as a blank line followed by a short fragment and then the next cell.
/// </summary>
internal static class TabCellTableReader
{
    private const int MaxFragmentLines = 3;
    private const int MaxParagraphFragmentLength = 20;
    private const int MaxTrailingFragmentLength = 12;

    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start)
    {
        if (!TextLineKinds.IsTabCell(lines[start].Content))
        {
            return null;
        }
        var builder = new RowsBuilder();
        var i = start;
        while (i < lines.Count)
        {
            var content = lines[i].Content;
            if (TextLineKinds.IsTabCell(content))
            {
                AddCells(builder, lines[i]);
                i++;
                continue;
            }
            var next = NextNonBlank(lines, i);
            if (TextLineKinds.IsBlank(content))
            {
                if (next >= lines.Count)
                {
                    break;
                }
                if (TextLineKinds.IsTabCell(lines[next].Content))
                {
                    builder.EndRow();
                    i = next;
                    continue;
                }
                // One blank line, then a short fragment right before the next cell: a paragraph inside the cell.
                var fragmentEnd = FragmentEnd(lines, next, MaxParagraphFragmentLength);
                if (next - i == 1 && fragmentEnd < lines.Count && TextLineKinds.IsTabCell(lines[fragmentEnd].Content))
                {
                    AppendFragment(builder, lines, next, fragmentEnd);
                    i = fragmentEnd;
                    continue;
                }
                break;
            }
            // Text without a tab right after a cell: the cell wrapped, unless the table has ended.
            var end = RunEnd(lines, i);
            var afterRun = NextNonBlank(lines, end);
            var directlyBeforeCell = end < lines.Count && TextLineKinds.IsTabCell(lines[end].Content);
            var fragmentBeforeCell = afterRun < lines.Count && TextLineKinds.IsTabCell(lines[afterRun].Content)
                && FragmentEnd(lines, i, MaxParagraphFragmentLength) == end;
            if (directlyBeforeCell || fragmentBeforeCell || FragmentEnd(lines, i, MaxTrailingFragmentLength) == end)
            {
                AppendFragment(builder, lines, i, end);
                i = end;
                continue;
            }
            break;
        }
        var rows = builder.Finish();
        return IsTable(rows) ? new TableDraft(start, i, rows) : null;
    }

    private static void AddCells(RowsBuilder builder, TextLine line)
    {
        var content = line.Content;
        // Skip the leading tab; further tabs on the same line separate further cells.
        var from = 1;
        while (from <= content.Length)
        {
            var tab = content.IndexOf('\t', from);
            var to = tab < 0 ? content.Length : tab;
            var (text, at) = TextLineKinds.Trim(content, from, to);
            builder.AddCell(text, line.Offset + at);
            from = to + 1;
        }
    }

    private static void AppendFragment(RowsBuilder builder, IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var content = lines[k].Content;
            var (text, at) = TextLineKinds.Trim(content, 0, content.Length);
            builder.Continue(text, lines[k].Offset + at);
        }
    }

    private static int NextNonBlank(IReadOnlyList<TextLine> lines, int from)
    {
        var j = from;
        while (j < lines.Count && TextLineKinds.IsBlank(lines[j].Content))
        {
            j++;
        }
        return j;
    }

    /// <summary>End of the run of non-blank lines without a leading tab that starts at <paramref name="from"/>.</summary>
    private static int RunEnd(IReadOnlyList<TextLine> lines, int from)
    {
        var j = from;
        while (j < lines.Count && !TextLineKinds.IsBlank(lines[j].Content) && !TextLineKinds.IsTabCell(lines[j].Content))
        {
            j++;
        }
        return j;
    }

    /// <summary>
    /// End of a run of at most a few short, non-title lines starting at <paramref name="from"/>; returns
    /// <paramref name="from"/> when the run is not such a fragment.
    /// </summary>
    private static int FragmentEnd(IReadOnlyList<TextLine> lines, int from, int maxLength)
    {
        var end = RunEnd(lines, from);
        if (end - from > MaxFragmentLines)
        {
            return from;
        }
        for (var k = from; k < end; k++)
        {
            var text = lines[k].Content.Trim();
            if (text.Length > maxLength || LooksLikeTitle(text))
            {
                return from;
            }
        }
        return end;
    }

    private static bool LooksLikeTitle(string text) =>
        text.StartsWith("附件", StringComparison.Ordinal)
        || text.StartsWith("附表", StringComparison.Ordinal)
        || text.StartsWith("说明", StringComparison.Ordinal)
        || text.StartsWith("填表", StringComparison.Ordinal)
        || text.StartsWith("单位：", StringComparison.Ordinal)
        || text.StartsWith("单位:", StringComparison.Ordinal)
        || text.EndsWith('表')
        || text.Contains('。', StringComparison.Ordinal);

    private static bool IsTable(IReadOnlyList<TableRow> rows) => rows.Count >= 2 && rows.Any(r => r.Cells.Count >= 2);
}
