namespace PerfEval.Extraction.Documents;

/// <summary>
/// A plain-text report printed to PDF (Word's "save as text" tables, one cell per line behind a tab) comes out of
/// pdftotext with each leading tab turned into one tab stop of indentation. When a document's lines sit at two
/// columns, the body margin and one tab stop (about 6 grid columns of 6 pt) to its right, and almost none are laid
/// out in columns, the indented lines get their tab back so the one-cell-per-line tables read as they do in text.
/// </summary>
internal sealed record PrintedTabIndent(int Margin, int TabColumn)
{
    /// <summary>Word's 0.5 inch and LibreOffice's 1.25 cm default tab stops are 5.9–6 columns of the 6 pt grid.</summary>
    private const int MinTabWidth = 5;
    private const int MaxTabWidth = 7;

    private const double MinMarginShare = 0.1;
    private const double MinTabShare = 0.15;
    private const int MinTabLines = 8;

    /// <summary>Word tables printed to PDF lay cells side by side; a text export does not.</summary>
    private const double MaxColumnGapShare = 0.15;

    private const int ColumnGapSpaces = 3;

    /// <summary>The indentation of a text export's pages, or null when the pages do not look like one.</summary>
    public static PrintedTabIndent? Find(IEnumerable<string> pages)
    {
        var indents = new Dictionary<int, int>();
        int lines = 0, gapped = 0;
        foreach (var page in pages)
        {
            foreach (var line in page.Split('\n'))
            {
                var indent = IndentOf(line);
                if (indent < 0)
                {
                    continue;
                }
                lines++;
                indents[indent] = indents.GetValueOrDefault(indent) + 1;
                if (HasColumnGap(line, indent))
                {
                    gapped++;
                }
            }
        }
        if (lines == 0 || gapped > MaxColumnGapShare * lines)
        {
            return null;
        }
        var margins = indents.Where(p => p.Value >= MinMarginShare * lines).Select(p => p.Key).ToList();
        if (margins.Count == 0)
        {
            return null;
        }
        var margin = margins.Min();
        var tab = Enumerable.Range(margin + MinTabWidth, MaxTabWidth - MinTabWidth + 1).MaxBy(c => indents.GetValueOrDefault(c));
        var atTab = indents.GetValueOrDefault(tab - 1) + indents.GetValueOrDefault(tab) + indents.GetValueOrDefault(tab + 1);
        return atTab >= MinTabLines && atTab >= MinTabShare * lines ? new PrintedTabIndent(margin, tab) : null;
    }

    /// <summary>
    /// The page with a tab in place of the indentation of every line indented by a tab stop or more, and without the
    /// spaces pdftotext puts where the font changes (<see cref="ScriptChangeSpaces"/>): a text export has no columns.
    /// </summary>
    public string Restore(string page)
    {
        var lines = page.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = IndentOf(lines[i]);
            if (indent < 0)
            {
                continue;
            }
            var line = ScriptChangeSpaces.Remove(lines[i]);
            lines[i] = indent >= TabColumn - 1 ? "\t" + line[Math.Min(indent, TabColumn)..] : line;
        }
        return string.Join('\n', lines);
    }

    /// <summary>Spaces before the first character, or -1 for a blank line.</summary>
    private static int IndentOf(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ')
            {
                return char.IsWhiteSpace(line[i]) ? -1 : i;
            }
        }
        return -1;
    }

    private static bool HasColumnGap(string line, int from)
    {
        var run = 0;
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                run++;
            }
            else
            {
                if (run >= ColumnGapSpaces)
                {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }
}
