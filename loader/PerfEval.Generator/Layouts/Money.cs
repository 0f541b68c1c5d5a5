using System.Globalization;

namespace PerfEval.Generator.Layouts;

/// <summary>How one report writes amounts: in 万元 or 元, with or without thousands separators.</summary>
public sealed record Money(bool InYuan, bool Grouped, bool TrimZeros)
{
    public string UnitWord => InYuan ? "元" : "万元";

    /// <summary>The number as written for an amount in 万元, in this style's unit.</summary>
    public string Number(decimal wan)
    {
        var value = InYuan ? wan * 10000m : wan;
        if (TrimZeros && !InYuan)
        {
            var trimmed = value.ToString(Grouped ? "#,0.##" : "0.##", CultureInfo.InvariantCulture);
            return trimmed;
        }
        return value.ToString(Grouped ? "N2" : "F2", CultureInfo.InvariantCulture);
    }

    /// <summary>The number written in 万元 regardless of style (narrative sentences usually use 万元).</summary>
    public string Wan(decimal wan) => (this with { InYuan = false }).Number(wan);

    public decimal RawNumber(decimal wan) => InYuan ? wan * 10000m : wan;

    public static string Rate(decimal percent) =>
        (percent == Math.Truncate(percent) ? ((int)percent).ToString(CultureInfo.InvariantCulture) : percent.ToString("0.00", CultureInfo.InvariantCulture)) + "%";

    public static string Score(decimal score) =>
        score == Math.Truncate(score) ? ((int)score).ToString(CultureInfo.InvariantCulture) : score.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
