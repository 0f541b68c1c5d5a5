namespace PerfEval.Extraction.Documents;

/// <summary>
/// Builds a <see cref="ReportText"/> from decoded plain text (txt files, pdftotext output, OCR output):
/// normalises line breaks, splits lines with their offsets and pages, and recognises tables laid out as text.
/// </summary>
public static class PlainTextLayout
{
    /// <param name="text">Decoded text; a form feed (\f) starts a new page, as pdftotext writes.</param>
    public static ReportText Build(string sourceName, string format, string text, bool isOcr = false, IReadOnlyList<string>? notes = null)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = new List<TextLine>();
        var page = 1;
        var start = 0;
        while (start <= normalised.Length)
        {
            var end = normalised.IndexOf('\n', start);
            if (end < 0)
            {
                end = normalised.Length;
            }
            var content = normalised[start..end];
            var feeds = content.AsSpan().Count('\f');
            if (feeds > 0)
            {
                page += feeds;
            }
            lines.Add(new TextLine(lines.Count, start, content, page));
            start = end + 1;
        }
        var detection = TextTableDetector.DetectWithNotes(normalised, lines);
        return new ReportText
        {
            SourceName = sourceName,
            Format = format,
            Text = normalised,
            Lines = lines,
            Tables = detection.Tables,
            IsOcr = isOcr,
            Notes = [.. notes ?? [], .. detection.Notes],
        };
    }
}
