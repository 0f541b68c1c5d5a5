namespace PerfEval.Extraction.Documents;

/// <summary>Characters set in a Chinese font: the ideographs, CJK punctuation (U+3000–U+303F) and full-width forms.</summary>
internal static class CjkCharacters
{
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
}
