using System.Globalization;

namespace PerfEval.Extraction.Normalization;

/// <summary>Reads a score or weight as written in a table cell or sentence: "15", "19.6", "97.00", "10分", "１５".</summary>
public static class ScoreNumber
{
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = WidthFolding.ToAscii(text).Trim();
        if (s.EndsWith('分'))
        {
            s = s[..^1].TrimEnd();
        }
        if (s.Length == 0 || !(char.IsAsciiDigit(s[0]) || (s[0] == '-' && s.Length > 1)))
        {
            return null;
        }
        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or '-'))
            {
                return null;
            }
        }
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
