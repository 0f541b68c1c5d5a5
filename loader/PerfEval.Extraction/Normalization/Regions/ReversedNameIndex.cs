using System.Runtime.CompilerServices;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// Finds the longest name ending at a position by reading the text backwards through the names sorted by their
/// reversed spelling: each character read narrows a contiguous range, and most positions fail at the first one.
/// </summary>
internal sealed class ReversedNameIndex<T>
{
    private readonly string[] reversed;
    private readonly T[] values;
    private readonly Dictionary<char, (int Start, int End)> byLastChar;

    // Built once at start-up: compile it optimised straight away rather than through the slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReversedNameIndex(IReadOnlyDictionary<string, T> names)
    {
        reversed = new string[names.Count];
        values = new T[names.Count];
        var index = 0;
        foreach (var (name, value) in names)
        {
            reversed[index] = Reverse(name);
            values[index++] = value;
        }
        Array.Sort(reversed, values, StringComparer.Ordinal);
        byLastChar = [];
        for (var i = 0; i < reversed.Length; i++)
        {
            var first = reversed[i][0];
            byLastChar[first] = byLastChar.TryGetValue(first, out var range) ? (range.Start, i + 1) : (i, i + 1);
        }
    }

    /// <summary>The longest name that ends at <paramref name="end"/> (inclusive), if any.</summary>
    public bool TryMatchEndingAt(ReadOnlySpan<char> text, int end, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (!byLastChar.TryGetValue(text[end], out var range))
        {
            return false;
        }
        var (lo, hi) = range;
        for (var k = 1; lo < hi; k++)
        {
            // Within a range sharing k characters, a name of exactly k characters sorts first.
            if (reversed[lo].Length == k)
            {
                length = k;
                value = values[lo];
                lo++;
            }
            if (end - k < 0 || lo >= hi)
            {
                break;
            }
            var c = text[end - k];
            var from = LowerBound(lo, hi, k, c);
            var to = UpperBound(from, hi, k, c);
            (lo, hi) = (from, to);
        }
        return length > 0;
    }

    private int LowerBound(int lo, int hi, int k, char c)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (reversed[mid][k] < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private int UpperBound(int lo, int hi, int k, char c)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (reversed[mid][k] <= c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static string Reverse(string name) => string.Create(name.Length, name, (span, source) =>
    {
        source.AsSpan().CopyTo(span);
        span.Reverse();
    });
}
