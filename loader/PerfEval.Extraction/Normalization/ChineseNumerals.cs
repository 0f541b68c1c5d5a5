namespace PerfEval.Extraction.Normalization;

/// <summary>Chinese numerals as they appear in amounts and counts: 十二, 两千, 三百五十万, 一亿二千万, 三点五.</summary>
public static class ChineseNumerals
{
    public const string Digits = "零〇一二两三四五六七八九";
    public const string AllChars = "零〇一二两三四五六七八九十百千万亿点";

    /// <summary>False when the text is not a numeral, or names a number beyond decimal (亿亿亿…).</summary>
    public static bool TryParse(string text, out decimal value)
    {
        try
        {
            return TryParseUnchecked(text, out value);
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    private static bool TryParseUnchecked(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var point = text.IndexOf('点', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        if (!TryParseInteger(whole, out var integer))
        {
            return false;
        }
        value = integer;
        if (point < 0)
        {
            return true;
        }
        var scale = 0.1m;
        foreach (var c in text[(point + 1)..])
        {
            var d = DigitOf(c);
            if (d < 0)
            {
                return false;
            }
            value += d * scale;
            scale /= 10;
        }
        return true;
    }

    private static bool TryParseInteger(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }
        decimal total = 0;   // completed 亿 and 万 sections
        decimal section = 0; // below 万
        decimal digit = 0;
        var sawDigit = false;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                sawDigit = true;
                continue;
            }
            switch (c)
            {
                case '十':
                    section += (sawDigit ? digit : 1) * 10;
                    break;
                case '百':
                    section += digit * 100;
                    break;
                case '千':
                    section += digit * 1000;
                    break;
                case '万':
                    total += (section + digit) * 10_000;
                    section = 0;
                    break;
                case '亿':
                    total = (total + section + digit) * 100_000_000;
                    section = 0;
                    break;
                default:
                    return false;
            }
            digit = 0;
            sawDigit = false;
        }
        value = total + section + digit;
        return true;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
