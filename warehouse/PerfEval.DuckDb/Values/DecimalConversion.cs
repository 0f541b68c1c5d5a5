namespace PerfEval.DuckDb.Values;

/// <summary>
/// Exact conversion between System.Decimal and DuckDB's scaled integers (DECIMAL(w,s) stores value × 10^s).
/// </summary>
internal static class DecimalConversion
{
    private static readonly Int128 Max96Bits = (Int128.One << 96) - 1;
    private static readonly Int128[] PowersOfTen = CreatePowersOfTen();
    private static readonly long[] LongPowersOfTen = [.. PowersOfTen.Take(19).Select(p => (long)p)];

    public static Int128 PowerOfTen(int exponent) => PowersOfTen[exponent];

    public static decimal FromScaled(long unscaled, byte scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (ulong)-unscaled : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }

    public static decimal FromScaled(Int128 unscaled, byte scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? -unscaled : unscaled;
        while (magnitude > Max96Bits || scale > 28)
        {
            // Only digits below the decimal's 28-digit reach are dropped; a larger integer part overflows.
            if (scale == 0)
            {
                throw new OverflowException("The DECIMAL value does not fit System.Decimal.");
            }
            magnitude = (magnitude + 5) / 10;
            scale--;
        }
        var bits = (UInt128)magnitude;
        return new decimal((int)(uint)bits, (int)(uint)(bits >> 32), (int)(uint)(bits >> 64), negative, scale);
    }

    /// <summary>
    /// The value × 10^scale as a long, for DECIMAL(w ≤ 18): a fast path without 128-bit arithmetic when the
    /// decimal's own scale is no larger than the column's.
    /// </summary>
    public static long ToScaled64(decimal value, byte width, byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var ownScale = (bits[3] >> 16) & 0xFF;
        if (bits[2] == 0 && ownScale <= scale && bits[1] >= 0)
        {
            var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
            var factor = LongPowersOfTen[scale - ownScale];
            var high = Math.BigMul(mantissa, factor, out var scaled);
            if (high == 0 && scaled >= 0 && scaled < LongPowersOfTen[width])
            {
                return bits[3] < 0 ? -scaled : scaled;
            }
        }
        return (long)ToScaled(value, width, scale);
    }

    /// <summary>The value × 10^scale, rounded half away from zero as DuckDB's casts round; throws when it exceeds width digits.</summary>
    public static Int128 ToScaled(decimal value, byte width, byte scale)
    {
        if (value.Scale > scale)
        {
            value = Math.Round(value, Math.Min((int)scale, 28), MidpointRounding.AwayFromZero);
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = (Int128)(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        var ownScale = (bits[3] >> 16) & 0xFF;
        var scaled = mantissa * PowersOfTen[scale - ownScale];
        if (width > 0 && width < 39 && scaled >= PowersOfTen[width])
        {
            throw new OverflowException($"{value} does not fit DECIMAL({width},{scale}).");
        }
        return bits[3] < 0 ? -scaled : scaled;
    }

    private static Int128[] CreatePowersOfTen()
    {
        var powers = new Int128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
