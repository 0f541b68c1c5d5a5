using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>Small text helpers the identity rules share.</summary>
public static partial class IdentityText
{
    /// <summary>The line without surrounding blanks (including full-width ones) and without Word's [bookmark: …] markers.</summary>
    public static string Clean(string line)
    {
        var text = line.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(line, "") : line;
        return text.Trim().Trim(Blanks);
    }

    private static readonly char[] Blanks = ['\u3000', '\t', ' '];

    /// <summary>一、 （一） 1. 1、 (1) — how headings and list items start.</summary>
    public static bool StartsWithNumbering(string line) => Numbering().IsMatch(line);

    /// <summary>
    /// Digits as ASCII, character for character so offsets stay valid: full-width ２０２３, and a year in Chinese
    /// numerals (二〇二三年, 二零二三年).
    /// </summary>
    public static string AsciiDigits(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAnyInRange('０', '９') && !span.ContainsAny('〇', '零', '○'))
        {
            return text;
        }
        var digits = string.Create(text.Length, text, (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                target[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
        return ChineseYear().Replace(digits, m => string.Concat(m.Value.Select(ChineseDigit)));
    }

    private static char ChineseDigit(char c) => "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) is var d and >= 0
        ? (char)('0' + d)
        : c is '零' or '○' ? '0' : c;

    [GeneratedRegex("(?<![一二三四五六七八九十〇零○])[一二][〇零○九][〇零○一二三四五六七八九]{2}(?=\\s*年)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章部分节])")]
    private static partial Regex Numbering();
}
