namespace PerfEval.Extraction.Checks;

/// <summary>Reads whole numbers written in Chinese below 万: 十二 → 12, 两千零五 → 2005, 一百 → 100.</summary>
internal static class ChineseNumeral
{
    public static decimal Parse(string text)
    {
        decimal total = 0m;
        decimal digit = 0m;
        foreach (var c in text)
        {
            if (Digit(c) is { } d)
            {
                digit = d;
                continue;
            }
            var unit = c switch
            {
                '十' => 10m,
                '百' => 100m,
                '千' => 1000m,
                _ => throw new FormatException($"“{c}” is not a Chinese numeral."),
            };
            // "十二": a unit with no digit before it counts once.
            total += (digit == 0m ? 1m : digit) * unit;
            digit = 0m;
        }
        return total + digit;
    }

    private static decimal? Digit(char c) => c switch
    {
        '零' or '〇' => 0m,
        '一' => 1m,
        '二' or '两' => 2m,
        '三' => 3m,
        '四' => 4m,
        '五' => 5m,
        '六' => 6m,
        '七' => 7m,
        '八' => 8m,
        '九' => 9m,
        _ => null,
    };
}
