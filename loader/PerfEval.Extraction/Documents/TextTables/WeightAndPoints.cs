namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Splits a glued weight-and-points run ("2016" → 20 | 16) when exactly one cut gives two well-formed figures
/// (no leading zeros, at most two decimals) with the points no more than the weight and the weight at most 100.
/// </summary>
internal static class WeightAndPoints
{
    private const decimal MaxWeight = 100m;

    public static (string Weight, string Points)? Split(string run)
    {
        (string, string)? found = null;
        for (var cut = 1; cut < run.Length; cut++)
        {
            var (weight, points) = (run[..cut], run[cut..]);
            if (Figure(weight) is not { } w || Figure(points) is not { } p || w is <= 0 or > MaxWeight || p > w)
            {
                continue;
            }
            if (found is not null)
            {
                return null;
            }
            found = (weight, points);
        }
        return found;
    }

    private static decimal? Figure(string token)
    {
        if (token.Length == 0 || !char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[^1]))
        {
            return null;
        }
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot < 0 ? token.Length : dot;
        if ((integerDigits > 1 && token[0] == '0') || (dot >= 0 && (token.Length - dot - 1 > 2 || token.IndexOf('.', dot + 1) >= 0)))
        {
            return null;
        }
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return null;
            }
        }
        return decimal.TryParse(token, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
