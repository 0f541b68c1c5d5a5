namespace PerfEval.Extraction.Documents;

/// <summary>Decides whether a page's text layer can be trusted or the page needs OCR.</summary>
internal static class PdfPageText
{
    /// <summary>A page number alone ("- 3 -") is not a text layer.</summary>
    private const int MinVisibleChars = 6;

    /// <summary>Broken font maps come out as U+FFFD, control or private-use characters.</summary>
    private const double MaxGarbageShare = 0.3;

    /// <summary>Enough non-ASCII characters to judge whether they read as Chinese.</summary>
    private const int MinNonAsciiToJudge = 20;

    private const double MinChinesePlausibility = 0.3;

    /// <summary>Fonts without a Unicode map often come out as ASCII symbols ("!#$%&amp;'") and no Chinese at all.</summary>
    private const int MinCharsForSymbolCheck = 50;

    private const double MaxSymbolShareWithoutChinese = 0.4;

    public static bool IsUsable(string page)
    {
        int visible = 0, garbage = 0, nonAscii = 0, chinese = 0, symbols = 0;
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
            if (c > '\u007F')
            {
                nonAscii++;
            }
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                chinese++;
            }
            else if (c < '\u007F' && (char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                symbols++;
            }
        }
        if (visible < MinVisibleChars || garbage > visible * MaxGarbageShare)
        {
            return false;
        }
        if (nonAscii >= MinNonAsciiToJudge && ChineseTextPlausibility.Score(page) < MinChinesePlausibility)
        {
            return false;
        }
        return !(chinese == 0 && visible >= MinCharsForSymbolCheck && symbols > visible * MaxSymbolShareWithoutChinese);
    }
}
