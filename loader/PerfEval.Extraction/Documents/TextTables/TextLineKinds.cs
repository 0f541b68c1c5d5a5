namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>How the table readers classify a line of plain text.</summary>
internal static class TextLineKinds
{
    /// <summary>
    /// Empty or ASCII spaces only. A tab is not blank: a lone tab is an empty cell. A line of ideographic spaces (U+3000) is not blank: Word writes it
    /// for an indented paragraph inside a table cell, so it continues the cell.
    /// </summary>
    public static bool IsBlank(string content)
    {
        foreach (var c in content)
        {
            if (c is not (' ' or '\f' or '\v'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A line behind a tab; a page's first line may start with the form feed that ended the page before.</summary>
    public static bool IsTabCell(string content) => CellStart(content) > 0;

    /// <summary>Where the text after a tab cell's leading tab starts, or 0 when the line is not a tab cell.</summary>
    public static int CellStart(string content)
    {
        var i = 0;
        while (i < content.Length && content[i] == '\f')
        {
            i++;
        }
        return i < content.Length && content[i] == '\t' ? i + 1 : 0;
    }

    public static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c == '\f';

    /// <summary>A cell's trimmed text and the index in <paramref name="content"/> where it starts.</summary>
    public static (string Text, int Start) Trim(string content, int start, int end)
    {
        while (start < end && IsTrimmable(content[start]))
        {
            start++;
        }
        var stop = end;
        while (stop > start && IsTrimmable(content[stop - 1]))
        {
            stop--;
        }
        return (content[start..stop], start);
    }

    /// <summary>Joins a wrapped cell's pieces: Chinese runs on without a space, Latin words and numbers get one.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0)
        {
            return right;
        }
        if (right.Length == 0)
        {
            return left;
        }
        return char.IsAsciiLetterOrDigit(left[^1]) && char.IsAsciiLetterOrDigit(right[0]) ? left + " " + right : left + right;
    }
}
