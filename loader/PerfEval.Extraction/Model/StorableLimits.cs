namespace PerfEval.Extraction.Model;

/// <summary>
/// The widths of the warehouse's numeric columns (sql/schema/003_facts.sql). A figure beyond them is no real
/// report's and cannot be stored, so extraction leaves it null with an issue instead of failing the load.
/// </summary>
public static class StorableLimits
{
    /// <summary>Money is DECIMAL(18,4) in 万元: at most 14 integer digits.</summary>
    public const decimal Money = 100_000_000_000_000m;

    /// <summary>Rates are DECIMAL(9,4) in percent: at most 5 integer digits.</summary>
    public const decimal Rate = 100_000m;

    /// <summary>Scores, weights and points are DECIMAL(7,2): at most 5 integer digits.</summary>
    public const decimal Score = 100_000m;

    public static bool Fits(decimal? value, decimal bound) => value is not { } v || Math.Abs(v) < bound;
}
