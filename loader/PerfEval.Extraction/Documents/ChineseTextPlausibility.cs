using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Scores how much a decoded string looks like real Chinese report text (0 … 1). Mojibake from a wrong
/// encoding decodes to rare characters, symbols and replacement marks; real text is mostly ASCII, common
/// punctuation and the 3,755 common characters of GB2312 level 1.
/// </summary>
public static class ChineseTextPlausibility
{
    private static readonly Lazy<bool[]> CommonHanzi = new(BuildCommonHanzi);

    public static double Score(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        var common = CommonHanzi.Value;
        double score = 0;
        foreach (var c in text)
        {
            score += c switch
            {
                '\t' or '\n' or '\r' or '\f' => 1,
                < ' ' => -2,
                < '\u007F' => 1,
                >= '\u4E00' and <= '\u9FFF' => common[c - 0x4E00] ? 1 : 0.3,
                >= '\u3000' and <= '\u303F' => 1,
                >= '\uFF00' and <= '\uFFEF' => 1,
                '\u00A0' or '\u00B7' or '\u2014' or '\u2026' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u00D7' or '\u2103' or '\u2116' or '\u2030' => 1,
                '\uFFFD' => -2,
                >= '\uD800' and <= '\uDFFF' => -1,
                >= '\uE000' and <= '\uF8FF' => -2,
                _ => -0.5,
            };
        }
        return Math.Max(0, score / text.Length);
    }

    /// <summary>Share of characters that are control characters (other than tab, line breaks and form feed) or U+FFFD.</summary>
    public static double GarbageShare(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        var garbage = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD' || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c is >= '\u007F' and < '\u00A0' || c is >= '\uE000' and <= '\uF8FF')
            {
                garbage++;
            }
        }
        return (double)garbage / text.Length;
    }

    private static bool[] BuildCommonHanzi()
    {
        var table = new bool[0x9FFF - 0x4E00 + 1];
        var gb = TextDecoder.Gb18030;
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        for (var lead = 0xB0; lead <= 0xD7; lead++)
        {
            for (var trail = 0xA1; trail <= 0xFE; trail++)
            {
                pair[0] = (byte)lead;
                pair[1] = (byte)trail;
                if (gb.GetChars(pair, decoded) == 1 && decoded[0] is >= '\u4E00' and <= '\u9FFF')
                {
                    table[decoded[0] - 0x4E00] = true;
                }
            }
        }
        return table;
    }
}
