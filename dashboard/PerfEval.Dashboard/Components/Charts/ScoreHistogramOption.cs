using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>How many reports fall in each grade band (优 良 中 差 未评分).</summary>
public static class ScoreHistogramOption
{
    private static readonly Dictionary<string, string> Ranges = new(StringComparer.Ordinal)
    {
        ["优"] = "90–100 分", ["良"] = "80–89 分", ["中"] = "60–79 分", ["差"] = "60 分以下", ["未评分"] = "未报告得分",
    };

    public static object Build(IReadOnlyList<ScoreBand> bands, int year) => new
    {
        animation = false,
        grid = new { left = 8, right = 16, top = 36, bottom = 24, containLabel = true }, // room for the axis name above
        tooltip = new { trigger = "item" },
        xAxis = new { type = "category", data = bands.Select(b => b.Band) },
        yAxis = new { type = "value", name = "报告数", minInterval = 1 },
        series = new object[]
        {
            new
            {
                type = "bar",
                name = "报告数",
                data = bands.Select(b => new
                {
                    value = b.Reports,
                    itemStyle = new { color = b.Band == "未评分" ? Palette.Grey : Palette.Blue },
                    tip = Tip.Of(b.Band + "（" + Ranges.GetValueOrDefault(b.Band, "") + "）", ("年度", Fmt.Year(year)), ("报告数", Fmt.Count(b.Reports))),
                }),
            },
        },
    };
}
