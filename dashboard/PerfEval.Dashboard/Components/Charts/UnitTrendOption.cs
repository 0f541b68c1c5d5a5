using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>One unit across years: budget and executed (bars, 万元), execution rate and scores (lines).</summary>
public static class UnitTrendOption
{
    public static object Build(string unitName, IReadOnlyList<UnitReport> reports)
    {
        var years = reports.Where(r => r.FiscalYear is not null)
            .GroupBy(r => r.FiscalYear!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new
            {
                Year = g.Key,
                Budget = g.Sum(r => r.Budget),
                Executed = g.Sum(r => r.Executed),
                Rate = g.Sum(r => r.Budget) is > 0 and var b && g.Sum(r => r.Executed) is { } e ? (double?)(double)(100m * e / b) : g.Average(r => r.Rate),
                Stated = g.Average(r => r.ScoreReported),
                Recomputed = g.Average(r => r.ScoreRecomputed),
            })
            .ToList();

        object Item<T>(T? value, int year, string label, string text) where T : struct =>
            new { value, tip = Tip.Of(unitName, ("年度", Fmt.Year(year)), (label, text)) };

        return new
        {
            animation = false,
            grid = new { left = 8, right = 8, top = 56, bottom = 24, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0 },
            xAxis = new { type = "category", data = years.Select(y => Fmt.Year(y.Year)) },
            yAxis = new object[]
            {
                new { type = "value", name = "万元" },
                new { type = "value", name = "% / 分", min = 0, max = 120 },
            },
            series = new object[]
            {
                new { type = "bar", name = "全年预算数", itemStyle = new { color = "#9dbbe0" }, data = years.Select(y => Item(y.Budget, y.Year, "全年预算数", Fmt.Amount(y.Budget) + " 万元")) },
                new { type = "bar", name = "全年执行数", itemStyle = new { color = Palette.Blue }, data = years.Select(y => Item(y.Executed, y.Year, "全年执行数", Fmt.Amount(y.Executed) + " 万元")) },
                new { type = "line", name = "执行率", yAxisIndex = 1, itemStyle = new { color = Palette.Orange }, data = years.Select(y => Item(y.Rate is { } r ? Math.Round(r, 1) : (double?)null, y.Year, "执行率", Fmt.Rate(y.Rate))) },
                new { type = "line", name = "自评得分", yAxisIndex = 1, itemStyle = new { color = Palette.Red }, data = years.Select(y => Item(y.Stated, y.Year, "自评得分", Fmt.Score(y.Stated))) },
                new { type = "line", name = "复核得分", yAxisIndex = 1, lineStyle = new { type = "dashed" }, itemStyle = new { color = Palette.Teal }, data = years.Select(y => Item(y.Recomputed, y.Year, "复核得分", Fmt.Score(y.Recomputed))) },
            },
        };
    }
}
