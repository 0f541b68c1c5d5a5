using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Execution rate by unit, sorted, with a threshold line; bars under the threshold are red.</summary>
public static class ExecutionRateBarOption
{
    public static object Build(IReadOnlyList<UnitExecutionRate> units, int year, double threshold = 80)
    {
        var sorted = units.Where(u => u.Rate is not null).OrderBy(u => u.Rate).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        return new
        {
            animation = false,
            // The axis name centred below the axis, and the threshold's label above the bars (the category axis is
            // inverted, so the line's start is its top): at the ends they were cut off or covered the tick labels.
            grid = new { left = 8, right = 24, top = 28, bottom = 36, containLabel = true },
            tooltip = new { trigger = "item" },
            xAxis = new { type = "value", name = "执行率 %", nameLocation = "middle", nameGap = 26, axisLabel = new { formatter = "{value}%" } },
            yAxis = new { type = "category", inverse = true, data = sorted.Select(u => u.UnitName), axisLabel = new { width = 160, overflow = "truncate" } },
            series = new object[]
            {
                new
                {
                    type = "bar",
                    name = "执行率",
                    data = sorted.Select(u => new
                    {
                        value = Math.Round(u.Rate!.Value, 1),
                        itemStyle = new { color = u.Rate < threshold ? Palette.Red : Palette.Blue },
                        tip = Tip.Of(u.UnitName, ("年度", Fmt.Year(year)), ("执行率", Fmt.Rate(u.Rate)),
                            ("全年预算数", Fmt.Amount(u.Budget) + " 万元"), ("全年执行数", Fmt.Amount(u.Executed) + " 万元")),
                    }),
                    markLine = new
                    {
                        symbol = "none",
                        silent = true,
                        lineStyle = new { color = Palette.Orange, type = "dashed" },
                        label = new { formatter = "预警线 " + Fmt.Rate(threshold), position = "start" },
                        data = new[] { new { xAxis = threshold } },
                    },
                },
            },
        };
    }

    public static int HeightFor(int units) => Math.Clamp(60 + (units * 22), 200, 1000);
}
