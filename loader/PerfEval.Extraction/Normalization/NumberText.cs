using System.Globalization;

namespace PerfEval.Extraction.Normalization;

/// <summary>Arabic numbers as written in reports: full-width digits, thousands separators, a decimal point.</summary>
public static class NumberText
{
    /// <summary>
    /// Maps full-width digits and the full-width point, percent sign and comma-free symbols to ASCII one for one,
    /// so offsets into the result are offsets into the input.
    /// </summary>
    public static string ToHalfWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF01', '\uFF5E'))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
                    '\uFF0E' => '.',
                    '\uFF05' => '%',
                    '\uFF1D' => '=',
                    _ => c,
                };
            }
        });
    }

    /// <summary>Parses "13,245.05", "１２.５", "3 902 733.78"-free forms; separators must group by three.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        var s = ToHalfWidth(text.Trim());
        if (s.Length == 0)
        {
            value = 0;
            return false;
        }
        if (s.Contains(',', StringComparison.Ordinal))
        {
            var point = s.IndexOf('.', StringComparison.Ordinal);
            var whole = point < 0 ? s : s[..point];
            var groups = whole.Split(',');
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                value = 0;
                return false;
            }
            s = s.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
