using System.Globalization;

namespace PerfEval.Extraction.Documents;

/// <summary>Word's list number formats, for the ones Chinese reports use.</summary>
internal static class NumberFormats
{
    private const string Digits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    public static string Format(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" => Chinese(value, Digits, "十", "百"),
        "chineseLegalSimplified" => Chinese(value, LegalDigits, "拾", "佰"),
        "ideographTraditional" => value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : Decimal(value),
        "ideographZodiac" => value is >= 1 and <= 12 ? EarthlyBranches[value - 1].ToString() : Decimal(value),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(Decimal(value).Select(c => (char)(c - '0' + '０'))),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; beyond 999 falls back to digits.</summary>
    private static string Chinese(int value, string digits, string ten, string hundred)
    {
        if (value is < 0 or > 999)
        {
            return Decimal(value);
        }
        if (value < 10)
        {
            return digits[value].ToString();
        }
        if (value < 20)
        {
            return ten + (value == 10 ? string.Empty : digits[value - 10].ToString());
        }
        if (value < 100)
        {
            return digits[value / 10] + ten + (value % 10 == 0 ? string.Empty : digits[value % 10].ToString());
        }
        var rest = value % 100;
        var restText = rest == 0 ? string.Empty : rest < 10 ? digits[0] + digits[rest].ToString() : rest < 20 ? digits[1] + Chinese(rest, digits, ten, hundred) : Chinese(rest, digits, ten, hundred);
        return digits[value / 100] + hundred + restText;
    }

    private static string Letters(int value, char first)
    {
        if (value < 1)
        {
            return Decimal(value);
        }
        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return Decimal(value);
        }
        (int Value, string Numeral)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (amount, numeral) in numerals)
        {
            while (value >= amount)
            {
                result += numeral;
                value -= amount;
            }
        }
        return result;
    }
}
