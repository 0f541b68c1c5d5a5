namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Reads pipe tables (Markdown, or text copied from a web page) where each line is a row and cells sit
/// between '|'. A merged cell leaves a run of '|' behind: each empty slot is kept as an empty cell so
/// columns stay aligned with the header. Rule lines (|---|, +---+) are skipped.
/// </summary>
internal static class PipeTableReader
{
    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start)
    {
        if (!IsPipeRow(lines[start].Content))
        {
            return null;
        }
        var rows = new List<TableRow>();
        var i = start;
        while (i < lines.Count)
        {
            var content = lines[i].Content;
            if (IsRule(content))
            {
                i++;
                continue;
            }
            if (!IsPipeRow(content))
            {
                break;
            }
            rows.Add(ReadRow(lines[i]));
            i++;
        }
        return rows.Count >= 2 ? new TableDraft(start, i, rows) : null;
    }

    private static bool IsPipe(char c) => c is '|' or '│' or '┃' or '｜';

    private static bool IsPipeRow(string content)
    {
        var pipes = 0;
        foreach (var c in content)
        {
            if (IsPipe(c))
            {
                pipes++;
            }
        }
        return pipes >= 2 && !IsRule(content);
    }

    private static bool IsRule(string content)
    {
        var hasDash = false;
        foreach (var c in content)
        {
            if (c is '-' or '─' or '━' or '=' or '═')
            {
                hasDash = true;
            }
            else if (!(IsPipe(c) || c is '+' or ':' or ' ' or '┼' or '├' or '┤' or '┌' or '┐' or '└' or '┘' or '┬' or '┴' or '\t'))
            {
                return false;
            }
        }
        return hasDash;
    }

    private static TableRow ReadRow(TextLine line)
    {
        var content = line.Content;
        var bounds = new List<int>();
        for (var k = 0; k < content.Length; k++)
        {
            if (IsPipe(content[k]))
            {
                bounds.Add(k);
            }
        }
        var first = content.AsSpan(0, bounds[0]).IsWhiteSpace() ? 0 : -1;
        var last = content.AsSpan(bounds[^1] + 1).IsWhiteSpace() ? bounds.Count - 1 : bounds.Count;
        var cells = new List<TableCell>();
        for (var b = first; b < last; b++)
        {
            var from = b < 0 ? 0 : bounds[b] + 1;
            var to = b + 1 < bounds.Count ? bounds[b + 1] : content.Length;
            var (text, at) = TextLineKinds.Trim(content, from, to);
            cells.Add(new TableCell(text, line.Offset + at));
        }
        return new TableRow(cells);
    }
}
