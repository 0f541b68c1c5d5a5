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
        for (var m = AnyPercent().Match(WidthFolding.ToAscii(text)); m.Success; m = m.NextMatch())
        {
            if (ToValue(m) is { } value)
            {
                return (value, m.Index, m.Length);
            }
        }
        return null;
    }

    /// <summary>Null when the number is too long for decimal: a percentage no report states.</summary>
    private static PercentValue? ToValue(Match m)
    {
        var comparator = m.Groups["cmp"].Success && m.Groups["cmp"].Length > 0 ? m.Groups["cmp"].Value : null;
        return decimal.TryParse(m.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? new PercentValue(number, comparator)
            : null;
    }

    // [0-9], not \d: \d also matches Arabic-Indic and other scripts' digits, which decimal.Parse refuses.
    [GeneratedRegex(@"^(?<cmp>[=≥≤<>]|>=|<=)?\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*%$")]
    private static partial Regex WholePercent();

    [GeneratedRegex(@"(?<cmp>[=≥≤<>]|>=|<=)?\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*%")]
    private static partial Regex AnyPercent();
}
