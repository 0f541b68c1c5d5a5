namespace PerfEval.Generator;

/// <summary>
/// A small seeded generator (SplitMix64) whose sequence never changes across runtimes, so a seed always
/// yields the same corpus. Not for anything secret.
/// </summary>
public sealed class Rng(ulong state)
{
    private ulong state = state;

    public static Rng For(int seed, string stream, long index = 0) => new(Mix((ulong)seed, StableHash(stream), (ulong)index));

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>min ≤ result ≤ max.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A decimal in [min, max] with the given number of decimals.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals)
    {
        var scale = Pow10(decimals);
        var lo = (long)Math.Ceiling(min * scale);
        var hi = (long)Math.Floor(max * scale);
        var steps = (ulong)(hi - lo + 1);
        return (lo + (long)(NextUInt64() % steps)) / scale;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static decimal Pow10(int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10m;
        }
        return scale;
    }

    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var rng = new Rng(a * 0x9E3779B97F4A7C15UL ^ b);
        rng.state ^= c * 0xD1B54A32D192ED03UL;
        return rng.NextUInt64();
    }

    private static ulong StableHash(string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
