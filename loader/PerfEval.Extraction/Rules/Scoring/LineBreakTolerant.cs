using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Makes a pattern's Chinese words match across line breaks and the spaces pdftotext inserts: "综合得分"
/// also matches "综合得\n分". Whitespace is allowed between adjacent ideographs outside character classes.
/// </summary>
internal static class LineBreakTolerant
{
    public static Regex Create(string pattern) =>
        new(Pattern(pattern), RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static string Pattern(string pattern)
    {
        var sb = new StringBuilder(pattern.Length * 2);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            sb.Append(c);
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(pattern[++i]);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (!inClass && IsIdeograph(c) && i + 1 < pattern.Length && IsIdeograph(pattern[i + 1]))
            {
                sb.Append(@"\s*");
            }
        }
        return sb.ToString();
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';
}
