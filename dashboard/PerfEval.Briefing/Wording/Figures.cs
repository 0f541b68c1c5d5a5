using System.Globalization;

namespace PerfEval.Briefing.Wording;

/// <summary>How the briefing writes numbers: 万元 with thousands separators, percentages with one decimal.</summary>
public static class Figures
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static string Money(decimal? value) => value is { } v ? v.ToString("N2", Chinese) : "—";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("F1", Chinese) + "%" : "—";

    public static string Score(decimal? value) => value is { } v ? v.ToString("0.##", Chinese) : "—";

    /// <summary>"增加3个" / "减少2个" / "与上年持平".</summary>
    public static string CountChange(int current, int previous, string measure) => (current - previous) switch
    {
        > 0 and var d => $"较上年增加{d}{measure}",
        < 0 and var d => $"较上年减少{-d}{measure}",
        _ => "与上年持平",
    };

    /// <summary>"较上年增长12.3%" for amounts; null when either year is missing.</summary>
    public static string? AmountChange(decimal? current, decimal? previous)
    {
        if (current is not { } c || previous is not { } p || p == 0)
        {
            return null;
        }
        var change = (c - p) / p * 100m;
        return Math.Round(change, 1) switch
        {
            > 0 and var d => $"较上年增长{d.ToString("F1", Chinese)}%",
            < 0 and var d => $"较上年下降{(-d).ToString("F1", Chinese)}%",
            _ => "与上年基本持平",
        };
    }

    /// <summary>"较上年提高1.2个百分点" for rates; null when either year is missing.</summary>
    public static string? PointChange(decimal? current, decimal? previous)
    {
        if (current is not { } c || previous is not { } p)
        {
            return null;
        }
        return Math.Round(c - p, 1) switch
        {
            > 0 and var d => $"较上年提高{d.ToString("F1", Chinese)}个百分点",
            < 0 and var d => $"较上年下降{(-d).ToString("F1", Chinese)}个百分点",
            _ => "与上年持平",
        };
    }
}
