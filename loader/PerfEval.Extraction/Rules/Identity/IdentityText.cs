using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>Small text helpers the identity rules share.</summary>
public static partial class IdentityText
{
    /// <summary>The line without surrounding blanks (including full-width ones) and without Word's [bookmark: …] markers.</summary>
    public static string Clean(string line) => Bookmark().Replace(line, "").Trim().Trim('\u3000', '\t', ' ');

    /// <summary>一、 （一） 1. 1、 (1) — how headings and list items start.</summary>
    public static bool StartsWithNumbering(string line) => Numbering().IsMatch(line);

    /// <summary>Full-width digits as ASCII, so ２０２３ reads as 2023.</summary>
    public static string AsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９'))
        {
            return text;
        }
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+[章部分节])")]
    private static partial Regex Numbering();
}
