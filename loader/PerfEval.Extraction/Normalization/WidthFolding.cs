using System.Text;

namespace PerfEval.Extraction.Normalization;

/// <summary>Folds full-width digits and signs (１２．５％) to ASCII so numbers parse the same either way.</summary>
public static class WidthFolding
{
    public static string ToAscii(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                needs = true;
                break;
            }
        }
        if (!needs)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return sb.ToString();
    }
}
