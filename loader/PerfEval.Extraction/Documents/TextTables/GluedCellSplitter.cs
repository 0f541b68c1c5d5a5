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
        if (distinct.Count > 1)
        {
            // A table writes its amounts alike: of several consistent readings keep the one whose amounts share their decimals.
            distinct = distinct.FindAll(d => AmountsShareDecimals(d.Split('|')));
        }
        return distinct.Count == 1 ? distinct[0].Split('|') : null;
    }

    private static void Enumerate(string run, int at, List<string> tokens, List<List<string>> found, ref int seen)
    {
        // At most three budget columns plus weight, rate and points: four figures before the rate, two after it.
        var rateAt = tokens.FindIndex(t => t.EndsWith('%'));
        if (seen++ > MaxSplits || tokens.Count > MaxTokens || (rateAt < 0 && tokens.Count >= MaxTokens - 1) || (rateAt >= 0 && tokens.Count - rateAt > 3))
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
        var hasPercent = rateAt >= 0;
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
            // Thousands separators (2,748.47) only between full groups of three digits.
            var k = at;
            var grouped = false;
            var digits = 0;
            while (k < run.Length && k - at < MaxIntegerDigits)
            {
                if (char.IsAsciiDigit(run[k]) && !(grouped && digits == 3))
                {
                    k++;
                    digits++;
                    if (!grouped || digits == 3)
                    {
                        integerEnds.Add(k);
                    }
                }
                else if (run[k] == ',' && (grouped ? digits == 3 : digits <= 3))
                {
                    grouped = true;
                    digits = 0;
                    k++;
                }
                else
                {
                    break;
                }
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

    private static bool AmountsShareDecimals(string[] tokens)
    {
        var amounts = Math.Min(Array.FindIndex(tokens, t => t.EndsWith('%')), tokens.Length - 3);
        return tokens.Take(amounts).Select(Decimals).Distinct().Count() == 1;
    }

    private static int Decimals(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : token.Length - dot - 1;
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
