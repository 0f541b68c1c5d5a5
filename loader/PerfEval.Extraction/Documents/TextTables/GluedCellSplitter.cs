using System.Globalization;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Splits a budget row whose figures lost their separators (<c>310.2154.741050%5</c>): tries every way to
/// cut the run into numbers and keeps the one cut whose figures agree with each other — executed ÷ budget
/// gives the stated rate, and the points are the rate times the weight. Any other outcome (no cut or
/// several) leaves the text as it was and says so.
/// </summary>
public static class GluedCellSplitter
{
    private const int MaxDecimals = 2;
    private const int MaxSplits = 200_000;
    private const int MaxTokens = 6;

    // No budget figure has more integer digits; longer runs would overflow decimal and multiply the cuts to try.
    private const int MaxIntegerDigits = 15;

    /// <summary>
    /// True when <paramref name="run"/> (digits, '.', ',', '%') cannot be one figure: a '%' before the end,
    /// two '%', or two decimal points before the '%'.
    /// </summary>
    public static bool LooksGlued(string run)
    {
        var percent = run.IndexOf('%', StringComparison.Ordinal);
        if (percent < 0 || run.Length == 0 || !char.IsAsciiDigit(run[0]))
        {
            return false;
        }
        var dotsBefore = run.AsSpan(0, percent).Count('.');
        return percent != run.Length - 1 || dotsBefore >= 2 || run.AsSpan(percent + 1).Contains('%');
    }

    /// <summary>The single consistent reading of a glued run, as the token strings in order; null when none or several fit.</summary>
    public static IReadOnlyList<string>? Split(string run)
    {
        var found = new List<List<string>>();
        var seen = 0;
        Enumerate(run, 0, [], found, ref seen);
        var distinct = found.Select(s => string.Join('|', s)).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0].Split('|') : null;
    }

    private static void Enumerate(string run, int at, List<string> tokens, List<List<string>> found, ref int seen)
    {
        // At most three budget columns plus weight, rate and points.
        if (seen++ > MaxSplits || tokens.Count > MaxTokens)
        {
            return;
        }
        if (at == run.Length)
        {
            if (IsConsistent(tokens))
            {
                found.Add([.. tokens]);
            }
            return;
        }
        var hasPercent = tokens.Exists(t => t.EndsWith('%'));
        foreach (var length in TokenLengths(run, at))
        {
            var token = run.Substring(at, length);
            tokens.Add(token);
            Enumerate(run, at + length, tokens, found, ref seen);
            tokens.RemoveAt(tokens.Count - 1);
            if (!hasPercent && at + length < run.Length && run[at + length] == '%')
            {
                tokens.Add(token + "%");
                Enumerate(run, at + length + 1, tokens, found, ref seen);
                tokens.RemoveAt(tokens.Count - 1);
            }
        }
    }

    /// <summary>Lengths of the numbers (no leading zeros, at most two decimals) that can start at <paramref name="at"/>.</summary>
    private static IEnumerable<int> TokenLengths(string run, int at)
    {
        if (!char.IsAsciiDigit(run[at]))
        {
            yield break;
        }
        var integerEnds = new List<int>(MaxIntegerDigits);
        if (run[at] == '0')
        {
            integerEnds.Add(at + 1);
        }
        else
        {
            var k = at;
            while (k < run.Length && k - at < MaxIntegerDigits && char.IsAsciiDigit(run[k]))
            {
                k++;
                integerEnds.Add(k);
            }
        }
        foreach (var end in integerEnds)
        {
            yield return end - at;
            if (end < run.Length && run[end] == '.')
            {
                for (var d = 1; d <= MaxDecimals && end + d < run.Length && char.IsAsciiDigit(run[end + d]); d++)
                {
                    yield return end + d + 1 - at;
                }
            }
        }
    }

    private static bool IsConsistent(List<string> tokens)
    {
        var percents = tokens.FindAll(t => t.EndsWith('%'));
        if (percents.Count != 1)
        {
            return false;
        }
        var n = tokens.Count;
        var rateAt = tokens.FindIndex(t => t.EndsWith('%'));
        // Budget columns first, then weight, rate, points (or rate, weight, points).
        int weightAt;
        if (rateAt == n - 2)
        {
            weightAt = n - 3;
        }
        else if (rateAt == n - 3)
        {
            weightAt = n - 2;
        }
        else
        {
            return false;
        }
        var amountCount = Math.Min(rateAt, weightAt);
        if (amountCount is < 2 or > 3)
        {
            return false;
        }
        var rateText = tokens[rateAt][..^1];
        var rate = Parse(rateText);
        var weight = Parse(tokens[weightAt]);
        var points = Parse(tokens[n - 1]);
        if (weight is <= 0 or > 100 || points > weight || rate > 1000)
        {
            return false;
        }
        var expectedPoints = weight * Math.Min(rate, 100m) / 100m;
        if (Math.Abs(expectedPoints - points) > Tolerance(tokens[n - 1]))
        {
            return false;
        }
        var executed = Parse(tokens[amountCount - 1]);
        for (var b = 0; b < amountCount - 1; b++)
        {
            var budget = Parse(tokens[b]);
            if (budget > 0 && Math.Abs(executed / budget * 100m - rate) <= Tolerance(rateText))
            {
                return true;
            }
        }
        return false;
    }

    private static decimal Parse(string token) => decimal.Parse(token, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Half a unit of the last written digit: 50 allows 49.5–50.5, 7.5 allows 7.45–7.55.</summary>
    private static decimal Tolerance(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : token.Length - dot - 1;
        return 0.5m / (decimal)Math.Pow(10, decimals) + 0.0000001m;
    }
}
