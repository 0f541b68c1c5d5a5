using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Normalization;

/// <summary>A percentage as written: the number in percent and the comparator in front of it (=97%, ≥98%, ≤5%).</summary>
public sealed record PercentValue(decimal Value, string? Comparator);

/// <summary>Reads percentages such as 70%, 70.00%, =97%, ≥98%, ＜5％.</summary>
public static partial class PercentParser
{
    /// <summary>The percentage when the whole text is one; null otherwise.</summary>
    public static PercentValue? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var m = WholePercent().Match(WidthFolding.ToAscii(text).Trim());
        return m.Success ? ToValue(m) : null;
    }

    /// <summary>The first percentage written anywhere in <paramref name="text"/>, with its index.</summary>
    public static (PercentValue Value, int Index, int Length)? Find(string text)
    {
        var m = AnyPercent().Match(WidthFolding.ToAscii(text));
        return m.Success ? (ToValue(m), m.Index, m.Length) : null;
    }

    private static PercentValue ToValue(Match m)
    {
        var comparator = m.Groups["cmp"].Success && m.Groups["cmp"].Length > 0 ? m.Groups["cmp"].Value : null;
        return new PercentValue(decimal.Parse(m.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), comparator);
    }

    [GeneratedRegex(@"^(?<cmp>[=≥≤<>]|>=|<=)?\s*(?<num>\d+(?:\.\d+)?)\s*%$")]
    private static partial Regex WholePercent();

    [GeneratedRegex(@"(?<cmp>[=≥≤<>]|>=|<=)?\s*(?<num>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex AnyPercent();
}
