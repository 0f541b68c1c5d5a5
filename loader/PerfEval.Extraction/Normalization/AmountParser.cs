using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Normalization;

/// <summary>
/// Finds and parses money amounts: 547.92万元, 13,245.05万元, 1769.87元, 1.2亿元, 150万, １２万元, 十二万元, 两千元.
/// Values come out in 万元, exact, with the number and unit as written.
/// </summary>
public static partial class AmountParser
{
    // Threshold and approximation words sit right next to the amount.
    private const int Window = 8;

    /// <summary>Every amount written with a money unit in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<ParsedAmount> FindAll(string text)
    {
        var half = NumberText.ToHalfWidth(text);
        var found = new List<ParsedAmount>();
        foreach (Match m in ArabicAmount().Matches(half))
        {
            if (NumberText.TryParse(m.Groups["num"].Value, out var number) && Build(half, m, number, m.Groups["unit"].Value) is { } amount)
            {
                found.Add(amount);
            }
        }
        foreach (Match m in ChineseAmount().Matches(half))
        {
            if (ChineseNumerals.TryParse(m.Groups["num"].Value, out var yuanOrNumber))
            {
                var (number, unit) = SplitChinese(m.Groups["num"].Value, yuanOrNumber, m.Groups["unit"].Value);
                if (Build(half, m, number, unit) is { } amount)
                {
                    found.Add(amount);
                }
            }
        }
        found.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return found;
    }

    /// <summary>
    /// Parses a table cell holding one number, with or without its own unit ("325,067.00", "150万", "2673.41万元").
    /// The cell's own unit wins over <paramref name="unitHint"/>; with neither, the result is null: never a guessed unit.
    /// </summary>
    public static ParsedAmount? ParseCell(string cell, string? unitHint)
    {
        if (!TryParseCellNumber(cell, out var number, out var unit))
        {
            return null;
        }
        unit ??= unitHint;
        if (unit is null || !MoneyUnit.IsKnown(unit) || !MoneyUnit.TryToWan(number, unit, out var wan))
        {
            return null;
        }
        return new ParsedAmount(wan, number, unit, 0, cell.Length);
    }

    /// <summary>Whether a cell holds just a number (optionally with a money unit); the unit is null when not written.</summary>
    public static bool TryParseCellNumber(string cell, out decimal number, out string? unit)
    {
        number = 0;
        unit = null;
        var m = CellNumber().Match(NumberText.ToHalfWidth(cell));
        if (!m.Success || !NumberText.TryParse(m.Groups["num"].Value, out number))
        {
            return false;
        }
        unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
        return true;
    }

    /// <summary>Null when the amount in 万元 exceeds decimal (a 29-digit 亿元 figure): no report states one.</summary>
    private static ParsedAmount? Build(string text, Match m, decimal number, string unit)
    {
        if (!MoneyUnit.TryToWan(number, unit, out var wan))
        {
            return null;
        }
        var after = text.AsSpan(m.Index + m.Length);
        var before = text.AsSpan(Math.Max(0, m.Index - Window), Math.Min(m.Index, Window));
        return new ParsedAmount(wan, number, unit, m.Index, m.Length)
        {
            IsThreshold = ThresholdAfter().IsMatch(after[..Math.Min(after.Length, Window)]) || ThresholdBefore().IsMatch(before),
            IsApproximate = m.Groups["approx"].Success || ApproximateBefore().IsMatch(before),
        };
    }

    // 十二万元 is 12 万元 as written; 两千元 is 2000 元; 一亿二千万元 is 12000 万元.
    private static (decimal Number, string Unit) SplitChinese(string numeral, decimal parsed, string unit)
    {
        if (unit != "元")
        {
            return (parsed, unit);
        }
        if (numeral.EndsWith('亿'))
        {
            return (parsed / 100_000_000m, "亿元");
        }
        if (numeral.EndsWith('万'))
        {
            return (parsed / 10_000m, "万元");
        }
        return (parsed, "元");
    }

    // The unit 万 alone counts only when nothing follows that makes it a count (万人, 万户, 万平方米).
    [GeneratedRegex(@"(?<![0-9.,])(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(?<approx>余|多)?\s*(?<unit>亿元|万元|千元|元|亿(?=[\s，。；、,;:：）)]|$)|万(?=[\s，。；、,;:：）)]|$))")]
    private static partial Regex ArabicAmount();

    [GeneratedRegex(@"(?<![数几上近多余零〇一二两三四五六七八九十百千万亿点])(?<num>[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?)(?<approx>余|多)?(?<unit>亿元|万元|千元|元)")]
    private static partial Regex ChineseAmount();

    [GeneratedRegex(@"^\s*[¥￥]?\s*(?<num>-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|-?[0-9]+(?:\.[0-9]+)?)\s*(?<unit>亿元|万元|千元|元|亿|万)?\s*$")]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"^\s*(?:\(含\)|（含）)?\s*(?:及|或)?\s*(?:以下|以上|以内|以外|之内|及以上|及以下)")]
    private static partial Regex ThresholdAfter();

    [GeneratedRegex(@"(?:不超过|超过|不足|低于|高于|不低于|不高于|少于|多于|大于|小于|起付|限额)\s*$")]
    private static partial Regex ThresholdBefore();

    [GeneratedRegex(@"(?:约|大约|近|逾|超)\s*$")]
    private static partial Regex ApproximateBefore();
}
