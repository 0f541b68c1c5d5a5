using PerfEval.Briefing.Model;

namespace PerfEval.Briefing.Wording;

/// <summary>The briefing's sentences, written from the data; the .docx and the HTML page say the same words.</summary>
public static class BriefingSentences
{
    public const string NoProblems = "各单位报告未列明存在的问题。";

    public static string Title(BriefingData d) => $"{d.RegionName}{d.Year}年度{d.KindName}绩效自评情况分析简报";

    /// <summary>"region · year · kind · date"; the kind is left out when the briefing covers every kind.</summary>
    public static string Subtitle(BriefingData d, string date) =>
        string.Join(" · ", new[] { d.RegionName, $"{d.Year}年度", d.KindName, date }.Where(s => s.Length > 0));

    public static string ExecutionChartCaption(BriefingData d) => d.UnitsWithRate > d.ExecutionByUnit.Count
        ? $"执行率最低的{d.ExecutionByUnit.Count}个单位（共{d.UnitsWithRate}个）预算执行率（%）"
        : "各单位预算执行率（%）";

    public static IReadOnlyList<string> Overview(BriefingData d)
    {
        var sentences = new List<string>
        {
            $"{d.Year}年度，{d.RegionName}共{d.UnitsReported.Current}个单位提交{d.KindName}绩效自评报告，"
                + (d.UnitsReported.Previous > 0 ? Figures.CountChange(d.UnitsReported.Current, d.UnitsReported.Previous, "个") : "上年无可比数据") + "。",
        };
        var budget = $"全年预算合计{Figures.Money(d.BudgetTotal.Current)}万元";
        if (Figures.AmountChange(d.BudgetTotal.Current, d.BudgetTotal.Previous) is { } budgetChange)
        {
            budget += "，" + budgetChange;
        }
        budget += $"；执行合计{Figures.Money(d.ExecutedTotal.Current)}万元";
        if (Figures.AmountChange(d.ExecutedTotal.Current, d.ExecutedTotal.Previous) is { } executedChange)
        {
            budget += "，" + executedChange;
        }
        sentences.Add(budget + "。");
        var rate = $"加权平均预算执行率{Figures.Percent(d.WeightedExecutionRate.Current)}";
        if (Figures.PointChange(d.WeightedExecutionRate.Current, d.WeightedExecutionRate.Previous) is { } rateChange)
        {
            rate += "，" + rateChange;
        }
        sentences.Add(rate + "。");
        var scored = d.Grades.Where(g => g.Grade != "未评分").Sum(g => g.Current);
        var score = $"自评得分中位数为{Figures.Score(d.MedianScore.Current)}分";
        if (d.MedianScore is { Current: { } cur, Previous: { } prev })
        {
            score += cur == prev ? "，与上年持平" : $"（上年{Figures.Score(prev)}分）";
        }
        var bands = string.Join("，", d.Grades.Where(g => g.Grade != "未评分").Select(g => $"{g.Grade}{g.Current}个"));
        score += scored > 0 ? $"；按自评得分，{bands}" : "";
        var unscored = d.Grades.FirstOrDefault(g => g.Grade == "未评分")?.Current ?? 0;
        if (unscored > 0)
        {
            score += $"；另有{unscored}个单位未报告自评得分";
        }
        sentences.Add(score + "。");
        return sentences;
    }

    public static string LowExecution(BriefingData d) => d.LowExecution.Count == 0
        ? $"本年度没有预算执行率低于{Figures.Percent(d.LowExecutionThreshold)}的单位。"
        : $"预算执行率低于{Figures.Percent(d.LowExecutionThreshold)}的单位共{d.LowExecution.Count}个，"
            + $"最低为{d.LowExecution.MinBy(u => u.Rate)!.UnitName}（{Figures.Percent(d.LowExecution.Min(u => u.Rate))}）。";

    public static string InflatedScores(BriefingData d) => d.InflatedScores.Count == 0
        ? "本年度未发现自评分明显虚高的单位。"
        : $"共{d.InflatedScores.Count}个单位的自评分可能虚高：自评分与按评分表重算的得分不符，或得分比例明显超过资金执行比例。";

    public static string Categories(BriefingData d)
    {
        var total = d.Categories.Sum(c => c.Current);
        var top = d.Categories.OrderByDescending(c => c.Current).FirstOrDefault();
        if (top is null || total == 0)
        {
            return "本年度报告未列明可归类的支出明细。";
        }
        var previousTotal = d.Categories.Sum(c => c.Previous);
        var text = $"按支出明细归类，{d.Year}年支出合计{Figures.Money(total)}万元，其中{top.Category}占比最高，为{Figures.Percent(top.ShareCurrent(total))}";
        if (previousTotal > 0)
        {
            text += $"（上年{Figures.Percent(top.SharePrevious(previousTotal))}）";
        }
        return text + "。";
    }
}
