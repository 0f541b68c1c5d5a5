using PerfEval.Generator.Documents;
using PerfEval.Generator.Planning;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// Several small projects evaluated together: a list of projects with amounts (a table in 元 with a 合计 row, or a
/// sentence in 万元), sometimes the budget, sometimes a bare score ("项目自评评分100分"), no scoring table.
/// </summary>
public sealed class ProjectLineItemsLayout : IReportLayout
{
    public void Write(ReportWriter w)
    {
        var f = w.Facts;
        var name = w.WrittenUnitName();
        if (w.Rng.Chance(0.3))
        {
            w.Doc.Line($"附件{w.Rng.Between(2, 5)}-{w.Rng.Between(1, 3)}:");
        }
        w.Doc.Add(name, "unitName").Add(w.Year + "年度", "fiscalYear").Add(w.Rng.Pick(Phrases.BundleTitles)).End();
        w.StateIdentity(name, regionClued: true);

        w.Heading("项目基本情况");
        w.Duties();
        w.RegionClue();
        var anomaly = f.Anomaly;
        var lineCount = w.Rng.Between(5, 12);
        var inYuan = anomaly != Anomaly.UnitMislabel && w.Rng.Chance(0.6);
        w.Doc.Line($"{w.Self}根据项目属性和内容，将下列项目合并进行绩效评价，项目清单如下：");
        if (inYuan)
        {
            YuanTable(w, lineCount);
        }
        else
        {
            w.Doc.Add($"{w.Year}年");
            w.Amount("全年项目支出执行数为", "executed", f.Executed, "narrative", setsField: true);
            w.Doc.Add("，包括：");
            w.NarrativeLines(w.PortfolioLines(f.Executed, lineCount, toFen: false), anomaly == Anomaly.UnitMislabel);
            w.Doc.Add("。").End();
        }

        w.Heading("项目资金使用及管理情况");
        var budgetAnomaly = anomaly is Anomaly.LowExecution or Anomaly.LargeBudgetAdjustment;
        if (budgetAnomaly || w.Rng.Chance(0.5))
        {
            w.Amount("上述项目年初预算", "budgetInitial", f.BudgetInitial, "narrative", setsField: true);
            w.Amount("，全年预算", "budgetAdjusted", f.BudgetAdjusted, "narrative", setsField: true);
            w.Amount("，实际支出", "executed", f.Executed, "narrative", setsField: w.Truth.Executed is null);
            w.Doc.Add("，预算执行率");
            w.StateRate(Money.Rate(f.ExecutionRate));
            w.Doc.Add("。").End();
            if (anomaly == Anomaly.LargeBudgetAdjustment)
            {
                w.PlantFlag(anomaly);
            }
            else if (anomaly == Anomaly.LowExecution)
            {
                w.PlantExecutionFlags();
            }
        }
        w.Doc.Line("项目资金严格按照街道财务管理制度使用，专款专用，无挤占、挪用情况。");

        w.Heading("项目绩效情况");
        w.Doc.Add("上述项目按绩效目标正常开展，为辖区经济社会发展提供了有力支持");
        if (w.Rng.Chance(0.6))
        {
            var score = Math.Round(f.RowSum);
            w.Doc.Add("，");
            w.StateScore($"项目自评评分{Money.Score(score)}分", score);
            if (w.Rng.Chance(0.4))
            {
                w.Doc.Add("，");
                var grade = ReportFacts.GradeOf(score);
                w.StateGrade($"自评等级为{grade}", grade);
            }
        }
        w.Doc.Add("。").End();
        w.ProblemsAndImprovements();
    }

    private static void YuanTable(ReportWriter w, int lineCount)
    {
        var money = w.Money with { InYuan = true, Grouped = w.Rng.Chance(0.7) };
        var lines = w.PortfolioLines(w.Facts.Executed, lineCount, toFen: true);
        w.Doc.Line("单位：元");
        var rows = new List<IReadOnlyList<DocCell>> { new DocCell[] { new("序号"), new("预算项目"), new("支出（元）") } };
        for (var i = 0; i < lines.Count; i++)
        {
            var (name, amount) = lines[i];
            var mark = w.AddSpending(name, amount, "元");
            rows.Add([new DocCell(Money.Int(i + 1)), new DocCell(name), new DocCell(money.Number(amount), Mark: mark)]);
        }
        rows.Add([new DocCell("合计", 2), new DocCell(money.Number(lines.Sum(l => l.Amount)))]);
        w.Doc.Table(rows);
    }
}
