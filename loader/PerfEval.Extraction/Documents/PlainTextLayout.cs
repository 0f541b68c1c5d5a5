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
        var normalised = TextNormalizer.Normalize(text);
        var lines = TextLineSplitter.Split(normalised);
        var detection = TextTableDetector.DetectWithNotes(normalised, lines, laidOut: format == "pdf");
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
