using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Spending by category, stacked per unit (万元).</summary>
public static class CategoryStackedBarOption
{
    public static object Build(IReadOnlyList<UnitCategorySpending> rows, int year)
    {
        var units = rows.Select(r => (r.UnitKey, r.UnitName)).Distinct().ToList();
        var categories = rows.Select(r => r.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var amounts = rows.ToDictionary(r => (r.UnitKey, r.Category), r => r.Amount);
        return new
        {
            animation = false,
            color = Palette.Series,
            grid = new { left = 8, right = 16, top = 56, bottom = 24, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0, type = "scroll" },
            xAxis = new { type = "value", name = "万元" },
            yAxis = new { type = "category", inverse = true, data = units.Select(u => u.UnitName), axisLabel = new { width = 160, overflow = "truncate" } },
            series = categories.Select(c => new
            {
                type = "bar",
                name = c,
                stack = "total",
                data = units.Select(u => amounts.TryGetValue((u.UnitKey, c), out var a)
                    ? new { value = (decimal?)a, tip = Tip.Of(u.UnitName, ("年度", Fmt.Year(year)), ("类别", c), ("金额", Fmt.Amount(a) + " 万元")) }
                    : new { value = (decimal?)null, tip = "" }),
            }),
        };
    }
}
