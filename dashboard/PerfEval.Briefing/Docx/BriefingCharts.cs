using PerfEval.Briefing.Model;

namespace PerfEval.Briefing.Docx;

/// <summary>The briefing's three charts, from its data.</summary>
internal static class BriefingCharts
{
    public static ChartSpec ExecutionByUnit(BriefingData data)
    {
        var units = data.ExecutionByUnit.OrderBy(u => u.Rate).ToList();
        return new ChartSpec(
            $"{data.Year}年各单位预算执行率",
            ChartKind.HorizontalBar,
            [.. units.Select(u => u.UnitName)],
            [new ChartSeries("执行率（%）", [.. units.Select(u => Math.Round(u.Rate, 1))])]);
    }

    public static ChartSpec ScoreDistribution(BriefingData data) => new(
        "自评得分等级分布",
        ChartKind.Column,
        [.. data.Grades.Select(g => g.Grade)],
        [
            new ChartSeries($"{data.PreviousYear}年", [.. data.Grades.Select(g => (decimal)g.Previous)]),
            new ChartSeries($"{data.Year}年", [.. data.Grades.Select(g => (decimal)g.Current)]),
        ],
        "0");

    public static ChartSpec CategoryShares(BriefingData data)
    {
        var categories = data.Categories.Where(c => c.Current > 0).OrderByDescending(c => c.Current).ToList();
        return new ChartSpec(
            $"{data.Year}年支出类别占比",
            ChartKind.Pie,
            [.. categories.Select(c => c.Category)],
            [new ChartSeries("支出（万元）", [.. categories.Select(c => Math.Round(c.Current, 2))])],
            "#,##0.00");
    }
}
