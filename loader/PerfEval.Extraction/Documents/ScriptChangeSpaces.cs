using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// pdftotext puts a space where a line changes between the Latin and the Chinese font ("我街道 6 个社区", "400 个"),
/// though the writer typed none. A single space between a Latin letter, digit or % and a Chinese character is
/// dropped. Only for text without columns (a text export's lines, a paragraph): in a laid-out table, dropping it
/// would move what follows out of its column.
/// </summary>
internal static class ScriptChangeSpaces
{
    public static string Remove(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsScriptChangeSpace(text, i))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }
            builder?.Append(text[i]);
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsScriptChangeSpace(string text, int i)
    {
        if (text[i] != ' ' || i == 0 || i + 1 >= text.Length)
        {
            return false;
        }
        var before = text[i - 1];
        var after = text[i + 1];
        return (IsLatin(before) && CjkCharacters.IsCjk(after)) || (CjkCharacters.IsCjk(before) && IsLatin(after));
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '%';
}
