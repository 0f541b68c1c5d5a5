using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// The one normalisation every format gets: line breaks become \n and NUL characters are dropped.
/// Every other character is kept as written (NBSP, full-width space U+3000, full-width digits), because
/// evidence quotes must match the source and the rules decide what a character means.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\0', '\uFEFF') < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\0':
                    break;
                case '\uFEFF' when i == 0:
                    // A byte-order mark that survived decoding is not text.
                    break;
                case '\r':
                    result.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.ToString();
    }
}
