using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>A box plot of reported scores per district.</summary>
public static class ScoreBoxPlotOption
{
    public static object Build(IReadOnlyList<DistrictScoreBox> districts, int year) => new
    {
        animation = false,
        grid = new { left = 8, right = 16, top = 36, bottom = 24, containLabel = true }, // room for the axis name above
        tooltip = new { trigger = "item" },
        xAxis = new { type = "category", data = districts.Select(d => d.District), axisLabel = new { interval = 0, rotate = districts.Count > 6 ? 30 : 0 } },
        yAxis = new { type = "value", name = "自评得分", min = "dataMin", max = 100 },
        series = new object[]
        {
            new
            {
                type = "boxplot",
                name = "自评得分",
                itemStyle = new { color = "#dbe7f5", borderColor = Palette.Blue },
                data = districts.Select(d => new
                {
                    value = new[] { d.Min, d.Q1, d.Median, d.Q3, d.Max },
                    tip = Tip.Of(d.District, ("年度", Fmt.Year(year)), ("报告数", Fmt.Count(d.Reports)),
                        ("最低", Fmt.Score(d.Min)), ("下四分位", Fmt.Score(d.Q1)), ("中位数", Fmt.Score(d.Median)),
                        ("上四分位", Fmt.Score(d.Q3)), ("最高", Fmt.Score(d.Max))),
                }),
            },
        },
    };
}
