using System.Globalization;

namespace PerfEval.Dashboard.Formatting;

/// <summary>How figures read on every page: 万元 with thousands separators, percentages with one decimal, zh-CN.</summary>
public static class Fmt
{
    public static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    public const string Missing = "—";

    public static string Amount(decimal? value) => value is { } v ? v.ToString("N2", Zh) : Missing;

    public static string Rate(double? percent) => percent is { } v && double.IsFinite(v) ? v.ToString("N1", Zh) + "%" : Missing;

    public static string Score(double? points) => points is { } v && double.IsFinite(v) ? v.ToString("0.##", Zh) : Missing;

    public static string Count(int value) => value.ToString("N0", Zh);

    public static string Year(int? year) => year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "年度不详";

    /// <summary>A signed change: "+12.30", "−4.00" (a real minus sign), "0.00".</summary>
    public static string AmountChange(decimal? change) => Signed(change is { } c ? (double)c : null, "N2", "");

    public static string PointsChange(double? change) => Signed(change, "N1", " 个百分点");

    public static string ScoreChange(double? change) => Signed(change, "N1", " 分");

    public static string CountChange(int? change) => Signed(change, "N0", "");

    private static string Signed(double? value, string format, string unit) => value switch
    {
        null => Missing,
        { } v when !double.IsFinite(v) => Missing,
        > 0 and var v => "+" + v.ToString(format, Zh) + unit,
        < 0 and var v => "−" + (-v).ToString(format, Zh) + unit,
        _ => 0d.ToString(format, Zh) + unit,
    };

    public static string DateTime(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", Zh);

    public static string Bytes(long? bytes) => bytes switch
    {
        null => Missing,
        < 1024 => bytes.Value.ToString("N0", Zh) + " B",
        < 1024 * 1024 => (bytes.Value / 1024d).ToString("N1", Zh) + " KB",
        _ => (bytes.Value / 1024d / 1024d).ToString("N1", Zh) + " MB",
    };
}
