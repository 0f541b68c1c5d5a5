using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Category shares of two years side by side (grouped columns).</summary>
public static class CategoryMixOption
{
    public static object Build(IReadOnlyList<CategoryYearPair> rows, int yearA, int yearB)
    {
        object Series(string name, string color, Func<CategoryYearPair, double?> share, Func<CategoryYearPair, decimal?> amount, int year) => new
        {
            type = "bar",
            name,
            itemStyle = new { color },
            data = rows.Select(r => new
            {
                value = share(r) is { } s ? Math.Round(s, 1) : (double?)null,
                tip = Tip.Of(r.Category, ("年度", Fmt.Year(year)), ("占比", Fmt.Rate(share(r))), ("金额", Fmt.Amount(amount(r)) + " 万元")),
            }),
        };
        return new
        {
            animation = false,
            grid = new { left = 8, right = 16, top = 32, bottom = 24, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0 },
            xAxis = new { type = "category", data = rows.Select(r => r.Category), axisLabel = new { interval = 0, rotate = rows.Count > 6 ? 30 : 0 } },
            yAxis = new { type = "value", name = "占比 %" },
            series = new[]
            {
                Series(Fmt.Year(yearA), "#9dbbe0", r => r.ShareA, r => r.AmountA, yearA),
                Series(Fmt.Year(yearB), Palette.Blue, r => r.ShareB, r => r.AmountB, yearB),
            },
        };
    }
}
