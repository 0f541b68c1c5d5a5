using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Checks;

public enum Comparator
{
    None,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Equal,
}

/// <summary>A target or actual cell read as a number: "≥98%", "=97%", "97.0", "400个", "5%以内", "13,776户".</summary>
public sealed partial record ParsedQuantity(Comparator Comparator, decimal Value, string Unit)
{
    /// <summary>Reads a whole cell; null when it is not one comparison of one number.</summary>
    public static ParsedQuantity? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = WholeCell().Match(Normalise(text));
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>Reads a cell or a sentence that holds exactly one number ("群众满意度达90%").</summary>
    public static ParsedQuantity? ParseLenient(string? text)
    {
        if (Parse(text) is { } whole)
        {
            return whole;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var matches = Embedded().Matches(Normalise(text));
        return matches.Count == 1 ? FromMatch(matches[0]) : null;
    }

    /// <summary>Null when the number is too long for decimal.</summary>
    private static ParsedQuantity? FromMatch(Match match)
    {
        decimal value;
        if (match.Groups["cn"].Success)
        {
            value = ChineseNumeral.Parse(match.Groups["cn"].Value);
        }
        else if (!decimal.TryParse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }
        var comparator = ComparatorOf(match.Groups["cmp"].Value, match.Groups["suffix"].Value);
        return new ParsedQuantity(comparator, value, match.Groups["unit"].Value.Trim());
    }

    private static Comparator ComparatorOf(string prefix, string suffix) => prefix switch
    {
        "≥" or ">=" or "不低于" or "不少于" or "大于等于" or "大于或等于" => Comparator.AtLeast,
        ">" or "大于" or "高于" or "超过" => Comparator.MoreThan,
        "≤" or "<=" or "不高于" or "不超过" or "不多于" or "小于等于" or "小于或等于" => Comparator.AtMost,
        "<" or "小于" or "低于" => Comparator.LessThan,
        "=" => Comparator.Equal,
        _ => suffix switch
        {
            "以上" => Comparator.AtLeast,
            "以下" or "以内" => Comparator.AtMost,
            _ => Comparator.None,
        },
    };

    private static string Normalise(string text) => text.Trim()
        .Replace('＝', '=').Replace('＞', '>').Replace('＜', '<').Replace('％', '%').Replace('，', ',')
        .Replace("达到", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private const string Sign =
        @"(?<cmp>≥|>=|≤|<=|=|>|<|不低于|不少于|不高于|不超过|不多于|大于或等于|小于或等于|大于等于|小于等于|大于|小于|高于|低于|超过)?";

    // [0-9], not \d: \d also matches other scripts' digits, which decimal refuses.
    private const string Arabic = @"(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)";

    /// <summary>Chinese numerals in counts ("十二个", "两千"); 万 is left to the unit so "十二万元" is 12 万元.</summary>
    private const string Chinese = @"(?<cn>[零〇一二两三四五六七八九十百千]+)";

    private const string Tail =
        @"(?<unit>%|‰|[个户人名次件项天日月年座所家条篇台辆套场期批起例宗份张册本处元万亿平方米公里吨棵株亩间]{0,4})" +
        @"(?<suffix>以上|以下|以内)?";

    [GeneratedRegex("^" + Sign + "(?:" + Arabic + "|" + Chinese + ")" + Tail + "$")]
    private static partial Regex WholeCell();

    // Only Arabic digits inside sentences: Chinese numerals there are mostly words (一般, 十分).
    [GeneratedRegex(Sign + Arabic + Tail)]
    private static partial Regex Embedded();
}
