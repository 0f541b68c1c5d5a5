using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>
/// Execution rate against reported score, with quadrant lines; the high-score / low-execution corner (score at or
/// above the score line, rate below the rate line) is shaded and its points drawn in red as their own series.
/// </summary>
public static class RateScoreScatterOption
{
    public const double RateLine = 80;
    public const double ScoreLine = 90;

    private static readonly string[] TipLabels = ["年度", "执行率", "自评得分"];

    public static bool InCorner(RateScorePoint p) => p.Score >= ScoreLine && p.Rate < RateLine;

    public static object Build(IReadOnlyList<RateScorePoint> points)
    {
        // The tooltip's title and values; site.js writes them under the series' tipLabels, encoded.
        object Point(RateScorePoint p) => new
        {
            value = new[] { Math.Round(p.Rate, 1), p.Score },
            t = new[] { p.UnitName, Fmt.Year(p.FiscalYear), Fmt.Rate(p.Rate), Fmt.Score(p.Score) },
        };
        var maxRate = Math.Max(110, Math.Ceiling(points.Select(p => p.Rate).DefaultIfEmpty(100).Max() / 10) * 10);
        return new
        {
            animation = false,
            // Axis names centred below and beside the axes: at the axis end they were cut off by the chart's edge.
            grid = new { left = 24, right = 56, top = 32, bottom = 36, containLabel = true },
            tooltip = new { trigger = "item" },
            legend = new { top = 0 },
            xAxis = new { type = "value", name = "执行率 %", nameLocation = "middle", nameGap = 26, min = 0, max = maxRate },
            yAxis = new { type = "value", name = "自评得分", nameLocation = "middle", nameGap = 34, min = 0, max = 100 },
            series = new object[]
            {
                new
                {
                    type = "scatter",
                    name = "报告",
                    symbolSize = 9,
                    tipLabels = TipLabels,
                    itemStyle = new { color = Palette.Blue, opacity = 0.7 },
                    data = points.Where(p => !InCorner(p)).Select(Point),
                    markLine = new
                    {
                        symbol = "none",
                        silent = true,
                        lineStyle = new { color = Palette.Grey, type = "dashed" },
                        data = new object[]
                        {
                            new { xAxis = RateLine, label = new { formatter = "执行率 " + Fmt.Rate(RateLine) } },
                            new { yAxis = ScoreLine, label = new { formatter = "得分 " + Fmt.Score(ScoreLine) } },
                        },
                    },
                    markArea = new
                    {
                        silent = true,
                        itemStyle = new { color = Palette.RedArea },
                        label = new { show = true, position = "insideTopLeft", formatter = "高分低执行", color = Palette.Red },
                        data = new[] { new object[] { new { xAxis = 0, yAxis = ScoreLine }, new { xAxis = RateLine, yAxis = 100 } } },
                    },
                },
                new
                {
                    type = "scatter",
                    name = "高分低执行",
                    symbolSize = 12,
                    tipLabels = TipLabels,
                    itemStyle = new { color = Palette.Red },
                    data = points.Where(InCorner).Select(Point),
                },
            },
        };
    }
}
