using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Normalization;

/// <summary>Money units as written (元, 千元, 万元, 万, 亿元, 亿) and their factor to 万元.</summary>
public static partial class MoneyUnit
{
    public const string Yuan = "元";
    public const string Wan = "万元";

    public static bool IsKnown(string unit) => unit is "元" or "千元" or "万元" or "万" or "亿元" or "亿";

    /// <summary>Converts a number written in <paramref name="unit"/> to 万元, exactly; false when the result exceeds decimal.</summary>
    public static bool TryToWan(decimal number, string unit, out decimal wan)
    {
        try
        {
            wan = ToWan(number, unit);
            return true;
        }
        catch (OverflowException)
        {
            wan = 0;
            return false;
        }
    }

    /// <summary>Converts a number written in <paramref name="unit"/> to 万元, exactly. Throws <see cref="OverflowException"/> past decimal's range.</summary>
    public static decimal ToWan(decimal number, string unit) => Trim(unit switch
    {
        "元" => number / 10_000m,
        "千元" => number / 10m,
        "万元" or "万" => number,
        "亿元" or "亿" => number * 10_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a money unit."),
    });

    // 430000.00 元 is 43 万元, not 43.00: the value carries no scale from the way it was written.
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>元 or 万元 for reporting where an amount came from: 万 counts as 万元, 亿元 and 千元 as themselves.</summary>
    public static string Canonical(string unit) => unit switch
    {
        "万" => "万元",
        "亿" => "亿元",
        _ => unit,
    };

    /// <summary>
    /// A unit declared in a heading or unit line: "单位：万元", "支出（元）", "(万元)". Null when there is none;
    /// "元/人" style rates are not units of money in a table.
    /// </summary>
    public static string? FindDeclared(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = DeclaredUnit().Match(text);
        if (match.Success)
        {
            return match.Groups["unit"].Value;
        }
        var bare = text.Trim();
        return bare is "元" or "千元" or "万元" or "亿元" ? bare : null;
    }

    [GeneratedRegex(@"(?:单位\s*[:：]\s*(?:人民币)?\s*|[（(]\s*(?:单位\s*[:：]?\s*)?(?:人民币)?)(?<unit>亿元|万元|千元|元)(?!\s*/)")]
    private static partial Regex DeclaredUnit();
}
