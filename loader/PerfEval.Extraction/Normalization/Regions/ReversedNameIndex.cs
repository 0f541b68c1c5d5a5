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
    // Indexed by the character itself: one array read per position of the text, most of which end no name.
    private readonly (int Start, int End)[] byLastChar = new (int Start, int End)[char.MaxValue + 1];

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
        for (var i = 0; i < reversed.Length; i++)
        {
            var first = reversed[i][0];
            var range = byLastChar[first];
            byLastChar[first] = range.End > range.Start ? (range.Start, i + 1) : (i, i + 1);
        }
    }

    /// <summary>
    /// The longest name that ends at <paramref name="end"/> (inclusive), if any, reading through line breaks
    /// (and the blanks around them) as if they were not there.
    /// </summary>
    public bool TryMatchEndingAt(ReadOnlySpan<char> text, int end, out int start, out T value)
    {
        start = -1;
        value = default!;
        var (lo, hi) = byLastChar[text[end]];
        var position = end;
        for (var k = 1; lo < hi; k++)
        {
            // Within a range sharing k characters, a name of exactly k characters sorts first.
            if (reversed[lo].Length == k)
            {
                start = position;
                value = values[lo];
                lo++;
            }
            position = PreviousCharacter(text, position);
            if (position < 0 || lo >= hi)
            {
                break;
            }
            var c = text[position];
            var from = LowerBound(lo, hi, k, c);
            var to = UpperBound(from, hi, k, c);
            (lo, hi) = (from, to);
        }
        return start >= 0;
    }

    /// <summary>The index of the character before <paramref name="position"/>, skipping a line break and its blanks.</summary>
    internal static int PreviousCharacter(ReadOnlySpan<char> text, int position)
    {
        var previous = position - 1;
        var crossedBreak = false;
        while (previous >= 0 && char.IsWhiteSpace(text[previous]))
        {
            crossedBreak |= text[previous] is '\n' or '\r' or '\f';
            previous--;
        }
        return previous == position - 1 || crossedBreak ? previous : -1;
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
