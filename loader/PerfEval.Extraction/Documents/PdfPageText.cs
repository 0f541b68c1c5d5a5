namespace PerfEval.Extraction.Documents;

/// <summary>Decides whether a page's text layer can be trusted or the page needs OCR.</summary>
internal static class PdfPageText
{
    /// <summary>A page number alone ("- 3 -") is not a text layer.</summary>
    private const int MinVisibleChars = 6;

    /// <summary>Broken font maps come out as U+FFFD, control or private-use characters.</summary>
    private const double MaxGarbageShare = 0.3;

    public static bool IsUsable(string page)
    {
        var visible = 0;
        var garbage = 0;
        foreach (var c in page)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF')
            {
                garbage++;
            }
        }
        return visible >= MinVisibleChars && garbage <= visible * MaxGarbageShare;
    }
}
