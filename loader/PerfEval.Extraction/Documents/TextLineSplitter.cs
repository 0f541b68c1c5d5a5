namespace PerfEval.Extraction.Documents;

/// <summary>Splits normalised text into lines with offsets; a form feed (\f) starts a new page from its line on.</summary>
public static class TextLineSplitter
{
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var page = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var content = text[start..end];
            page += content.AsSpan().Count('\f');
            lines.Add(new TextLine(lines.Count, start, content, page));
            start = end + 1;
        }
        return lines;
    }
}
