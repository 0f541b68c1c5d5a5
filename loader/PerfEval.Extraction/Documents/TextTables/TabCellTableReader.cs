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

    /// <summary>A line wrapped by the printer when a text export was printed to PDF: up to a line of Chinese.</summary>
    private const int MaxWrappedLineLength = 60;

    /// <param name="next">The line after the run that was read, table or not, so a failed run is not re-read line by line.</param>
    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start, out int next)
    {
        next = start + 1;
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
            var following = NextNonBlank(lines, i);
            if (TextLineKinds.IsBlank(content))
            {
                if (following >= lines.Count)
                {
                    break;
                }
                if (TextLineKinds.IsTabCell(lines[following].Content))
                {
                    builder.EndRow();
                    i = following;
                    continue;
                }
                // One blank line, then a short fragment before the following cell: a paragraph inside the cell. Printed
                // to PDF, a line of ideographic spaces after the fragment comes out blank too.
                var fragmentEnd = FragmentEnd(lines, following, MaxParagraphFragmentLength);
                if (following - i == 1 && fragmentEnd > following && IsCellAfterAtMostOneBlank(lines, fragmentEnd))
                {
                    AppendFragment(builder, lines, following, fragmentEnd);
                    i = fragmentEnd;
                    continue;
                }
                break;
            }
            // Text without a tab right after a cell: the cell wrapped, unless the table has ended.
            var end = RunEnd(lines, i);
            var afterRun = NextNonBlank(lines, end);
            var directlyBeforeCell = end < lines.Count && TextLineKinds.IsTabCell(lines[end].Content);
            // A sentence is allowed here: right after a cell it is the cell's next line, not a paragraph after the table.
            var fragmentBeforeCell = afterRun < lines.Count && TextLineKinds.IsTabCell(lines[afterRun].Content)
                && FragmentEnd(lines, i, MaxWrappedLineLength, sentences: true) == end;
            if (directlyBeforeCell || fragmentBeforeCell || FragmentEnd(lines, i, MaxTrailingFragmentLength) == end)
            {
                AppendFragment(builder, lines, i, end);
                i = end;
                continue;
            }
            break;
        }
        var rows = builder.Finish();
        next = Math.Max(i, start + 1);
        return IsTable(rows) ? new TableDraft(start, i, rows) : null;
    }

    private static void AddCells(RowsBuilder builder, TextLine line)
    {
        var content = line.Content;
        // Skip the leading tab; further tabs on the same line separate further cells.
        var from = TextLineKinds.CellStart(content);
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

    private static bool IsCellAfterAtMostOneBlank(IReadOnlyList<TextLine> lines, int from)
    {
        var at = from < lines.Count && TextLineKinds.IsBlank(lines[from].Content) ? from + 1 : from;
        return at < lines.Count && TextLineKinds.IsTabCell(lines[at].Content);
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
    private static int FragmentEnd(IReadOnlyList<TextLine> lines, int from, int maxLength, bool sentences = false)
    {
        var end = RunEnd(lines, from);
        if (end - from > MaxFragmentLines)
        {
            return from;
        }
        for (var k = from; k < end; k++)
        {
            var text = lines[k].Content.Trim();
            if (text.Length > maxLength || LooksLikeTitle(text) || (!sentences && text.Contains('。', StringComparison.Ordinal)))
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
        || text.EndsWith('表');

    /// <summary>At least two rows, one with two cells, and not paragraphs indented by a tab (mostly sentences).</summary>
    private static bool IsTable(IReadOnlyList<TableRow> rows)
    {
        if (rows.Count < 2 || !rows.Any(r => r.Cells.Count >= 2))
        {
            return false;
        }
        var filled = 0;
        var sentences = 0;
        foreach (var cell in rows.SelectMany(r => r.Cells))
        {
            if (cell.Text.Length > 0)
            {
                filled++;
                sentences += cell.Text.Contains('。', StringComparison.Ordinal) ? 1 : 0;
            }
        }
        return sentences * 2 < filled;
    }
}
