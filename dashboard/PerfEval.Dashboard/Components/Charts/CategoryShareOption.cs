using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Each category's share of spending by year, as 100% stacked columns.</summary>
public static class CategoryShareOption
{
    public static object Build(IReadOnlyList<YearCategoryShare> rows)
    {
        var years = rows.Select(r => r.FiscalYear).Distinct().Order().ToList();
        var categories = rows.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var byKey = rows.ToDictionary(r => (r.FiscalYear, r.Category));
        return new
        {
            animation = false,
            color = Palette.Series,
            grid = new { left = 8, right = 16, top = 56, bottom = 24, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0, type = "scroll" },
            xAxis = new { type = "category", data = years.Select(y => Fmt.Year(y)) },
            yAxis = new { type = "value", name = "占比 %", max = 100 },
            series = categories.Select(c => new
            {
                type = "bar",
                name = c,
                stack = "share",
                data = years.Select(y => byKey.TryGetValue((y, c), out var r)
                    ? new { value = (double?)Math.Round(r.Share ?? 0, 1), tip = Tip.Of(c, ("年度", Fmt.Year(y)), ("占比", Fmt.Rate(r.Share)), ("金额", Fmt.Amount(r.Amount) + " 万元")) }
                    : new { value = (double?)null, tip = "" }),
            }),
        };
    }
}
