using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// The document's running text with layout removed, for matching phrases and amounts: line wraps inside a
/// paragraph (pdftotext -layout breaks "预算安排…经费⏎区级资金 280 万元") and spaces next to Chinese characters
/// ("2023 年", "280 万元") are dropped. <see cref="ToOriginal"/> maps positions back, so evidence quotes the source.
/// </summary>
internal sealed partial class CompactText
{
    // A wrapped line is long; a shorter one ends its paragraph (a heading, a list item).
    private const int WrappedLineLength = 20;

    private readonly int[] map;

    private CompactText(string text, int[] map)
    {
        Text = text;
        this.map = map;
    }

    public string Text { get; }

    public static CompactText Of(string original)
    {
        var text = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var lineStart = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '\n')
            {
                var soft = IsSoftBreak(original, lineStart, i);
                lineStart = i + 1;
                if (soft)
                {
                    continue;
                }
            }
            else if (c is ' ' or '\t' or '\u3000' or '\r' && text.Length > 0 && (IsWide(text[^1]) || IsWide(NextVisible(original, i))))
            {
                continue;
            }
            text.Append(c);
            map.Add(i);
        }
        map.Add(original.Length);
        return new CompactText(text.ToString(), [.. map]);
    }

    /// <summary>The source position of the character at <paramref name="index"/> (or the source's end).</summary>
    public int ToOriginal(int index) => map[index];

    /// <summary>The source position just after the character before <paramref name="end"/>.</summary>
    public int ToOriginalEnd(int end) => end == 0 ? map[0] : map[end - 1] + 1;

    /// <summary>
    /// A long line that does not end its sentence, followed by one that opens no heading or list item. A colon does
    /// not end the sentence: "资金主要用于：" wrapped before its list ("维修维护费 704.91 万元、…").
    /// </summary>
    private static bool IsSoftBreak(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        if (line.Length < WrappedLineLength || line.Contains('\t') || "。；;！？".Contains(line[^1], StringComparison.Ordinal))
        {
            return false;
        }
        var next = text.AsSpan(lineEnd + 1);
        var nextEnd = next.IndexOf('\n');
        var nextLine = (nextEnd < 0 ? next : next[..nextEnd]).Trim();
        return nextLine.Length > 0 && !nextLine.Contains('\t') && !Heading().IsMatch(nextLine);
    }

    private static char NextVisible(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] is not (' ' or '\t' or '\u3000' or '\r'))
            {
                return text[j];
            }
        }
        return '\n';
    }

    private static bool IsWide(char c) => c >= '\u2E80' && c != '\n';

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+[、.．]|[0-9]{1,2}[、．]|[0-9]{1,2}\.(?=\D|[0-9]{4})|第[一二三四五六七八九十]+|附件|[①-⑳])")]
    private static partial Regex Heading();
}
