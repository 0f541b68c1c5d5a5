using PerfEval.Extraction.Model;
using PerfEval.Generator.Planning;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// An overall report that scores itself in prose, one numbered paragraph per indicator:
/// "2. 群众满意度（10分）… 该指标得分为10分", then "综合得分97分，等级为'优'".
/// </summary>
public sealed class NarrativeScoringLayout : IReportLayout
{
    public void Write(ReportWriter w)
    {
        var f = w.Facts;
        var name = w.WrittenUnitName();
        var overall = f.Kind == ReportKinds.Overall;
        if (overall)
        {
            w.Doc.Add(name, "unitName").End();
            w.Doc.Add(w.Year + "年度", "fiscalYear").Add(w.Rng.Pick(Phrases.OverallTitles)).End();
        }
        else
        {
            w.Doc.Add(w.Year + "年度", "fiscalYear").Add(f.ProjectName!, "projectName").Add("绩效自评报告").End();
            w.StateProject("projectName");
            w.Doc.Add("项目实施单位：").Add(name, "unitName").End();
        }
        w.StateIdentity(name, regionClued: true);

        w.Heading("基本情况");
        w.Duties();
        w.RegionClue();
        if (overall && w.Rng.Chance(0.8))
        {
            w.StaffNarrative();
        }
        if (overall)
        {
            WriteFunds(w);
        }
        else
        {
            WriteProjectFunds(w);
        }

        w.Heading("绩效评价工作开展情况");
        w.Process();
        w.Details();

        w.Heading("绩效评价情况及结论");
        WriteExecutionParagraph(w);
        var number = 2;
        foreach (var row in f.Indicators)
        {
            WriteIndicator(w, row, number++);
        }
        WriteConclusion(w);
        w.ProblemsAndImprovements();
        PlantScoringFlags(w);
    }

    private static void WriteFunds(ReportWriter w)
    {
        var f = w.Facts;
        w.Doc.Add($"{w.Year}年{w.Self}");
        w.StateFunding("一般公共预算", f.GeneralBudget, "一般公共预算财政拨款");
        if (f.GovernmentFund > 0)
        {
            w.StateFunding("政府性基金", f.GovernmentFund, "，政府性基金预算拨款");
        }
        if (f.CarryOver > 0)
        {
            w.StateFunding("上年结转", f.CarryOver, "，上年结转资金");
        }
        w.Amount("；全年共计支出", "executed", f.Executed, "narrative", setsField: false);
        w.Amount("，其中：基本支出", "basicSpending", f.BasicSpending, "narrative", setsField: true);
        w.Amount("，项目支出", "projectSpending", f.ProjectSpending, "narrative", setsField: true);
        w.Doc.Add("。").End();
        w.Doc.Add("项目支出包括：");
        w.NarrativeLines(w.PortfolioLines(f.ProjectSpending, w.Rng.Between(3, 6), toFen: false), f.Anomaly == Anomaly.UnitMislabel);
        w.Doc.Add("。").End();
    }

    private static void WriteProjectFunds(ReportWriter w)
    {
        var f = w.Facts;
        w.Doc.Add($"{w.Year}年该项目资金来源为");
        w.StateFunding("一般公共预算", f.GeneralBudget, "一般公共预算");
        if (f.GovernmentFund > 0)
        {
            w.StateFunding("政府性基金", f.GovernmentFund, "、政府性基金");
        }
        if (f.CarryOver > 0)
        {
            w.StateFunding("上年结转", f.CarryOver, "、上年结转资金");
        }
        w.Doc.Add("。资金主要用于：");
        w.NarrativeLines(w.PortfolioLines(f.Executed, w.Rng.Between(2, 4), toFen: false, TableReportLayout.SubItems), f.Anomaly == Anomaly.UnitMislabel, f.ProjectCategory);
        w.Doc.Add("。").End();
    }

    private static void WriteExecutionParagraph(ReportWriter w)
    {
        var f = w.Facts;
        var heading = $"1. 预算执行率（{Money.Score(f.ExecutionWeight)}分）";
        w.Doc.Add(heading, "indicator:0").End();
        w.Doc.Add($"{w.Year}年度，{(f.Kind == ReportKinds.Overall ? w.Self : "该项目")}年初预算");
        w.Amount("", "budgetInitial", f.BudgetInitial, "narrative", setsField: true);
        w.Amount("，全年（调整）预算", "budgetAdjusted", f.BudgetAdjusted, "narrative", setsField: true);
        w.Amount("，全年执行", "executed", f.Executed, "narrative", setsField: true);
        var rate = Money.Rate(f.ExecutionRate);
        w.Doc.Add("，预算执行率");
        w.StateRate(rate);
        w.Doc.Add($"，该指标得分为{Money.Score(f.ExecutionPoints)}分。").End();
        w.Truth.Indicators.Add((new IndicatorRow { Name = "预算执行率", Actual = rate, Weight = f.ExecutionWeight, Points = f.ExecutionPoints, IsExecutionRate = true }, "indicator:0"));
    }

    private static void WriteIndicator(ReportWriter w, IndicatorFact row, int number)
    {
        var mark = TruthDraft.NextMark("indicator", w.Truth.Indicators.Count);
        w.Doc.Add($"{Money.Int(number)}. {row.Name}（{Money.Score(row.Weight)}分）", mark).End();
        // The planted full-marks row must show its target so the miss is visible.
        var withTarget = w.Rng.Chance(0.5) || (w.Facts.Anomaly == Anomaly.FullMarksUnmet && row.Missed && row.Points == row.Weight);
        var points = Money.Score(row.Points);
        var sentence = withTarget
            ? $"{w.Year}年，{w.Self}该项指标年度目标为{row.Target}，实际完成{row.Actual}，该指标得分为{points}分。"
            : $"{w.Year}年，{w.Self}按计划推进相关工作，{row.Name}实际达到{row.Actual}，该指标得分为{points}分。";
        w.Doc.Add(sentence);
        if (row.Deviation is not null)
        {
            w.Doc.Add("偏差原因：" + row.Deviation);
        }
        w.Doc.End();
        var stated = ReportWriter.ToRow(row) with { Level1 = null, Level2 = null, Target = withTarget ? row.Target : null };
        w.Truth.Indicators.Add((stated, mark));
    }

    private static void WriteConclusion(ReportWriter w)
    {
        var f = w.Facts;
        w.Doc.Line("（二）绩效评价结论");
        var score = Money.Score(f.ScoreStated);
        w.Doc.Add("本次绩效自评");
        w.StateScore($"综合得分{score}分", f.ScoreStated);
        if (w.Rng.Chance(0.8))
        {
            w.Doc.Add("，");
            w.StateGrade($"绩效评价等级为“{f.Grade}”", f.Grade);
        }
        w.Doc.Add("。").End();
    }

    private static void PlantScoringFlags(ReportWriter w)
    {
        switch (w.Facts.Anomaly)
        {
            case Anomaly.ScoreSumMismatch or Anomaly.FullMarksUnmet or Anomaly.LargeBudgetAdjustment:
                w.PlantFlag(w.Facts.Anomaly);
                break;
            case Anomaly.ScoreOutrunsSpending or Anomaly.LowExecution:
                w.PlantExecutionFlags();
                break;
        }
    }
}
