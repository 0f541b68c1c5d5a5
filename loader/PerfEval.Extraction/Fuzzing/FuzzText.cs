using System.Globalization;
using System.Text;

namespace PerfEval.Extraction.Fuzzing;

/// <summary>Shows a fuzz input as a C# string literal, so a finding can be pasted into a test.</summary>
public static class FuzzText
{
    public static string Escape(string input)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in input)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                    => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
