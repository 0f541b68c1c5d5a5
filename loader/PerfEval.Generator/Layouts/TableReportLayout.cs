using PerfEval.Generator.Planning;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// Narrative plus attachments: 基础数据表 and the 自评表 (overall), or the project 自评表. The table states the
/// budget, the scoring rows and the total; the narrative repeats some figures (and, planted, contradicts them).
/// </summary>
public sealed class TableReportLayout : IReportLayout
{
    internal static readonly string[] SubItems = ["人员劳务费", "设备购置费", "宣传印刷费", "维修维护费", "活动组织费", "物资采购费"];

    public void Write(ReportWriter w)
    {
        var f = w.Facts;
        var overall = f.Kind == ReportKinds.Overall;
        var name = w.WrittenUnitName();
        WriteTitle(w, name, overall);
        w.StateIdentity(name, regionClued: true);

        w.Heading(overall ? "部门（单位）基本情况" : "项目基本情况");
        w.Duties();
        w.RegionClue();
        if (overall && w.Rng.Chance(0.5))
        {
            w.StaffNarrative();
        }

        w.Heading(w.Rng.Chance(0.5) ? "预算执行情况" : "资金使用及管理情况");
        WriteBudgetNarrative(w, overall);

        w.Heading("绩效目标完成情况");
        w.Process();
        w.Details();
        w.Doc.Line(w.Rng.Pick(Phrases.DoneTexts));
        w.ProblemsAndImprovements();

        var tableMoney = w.Money with { InYuan = w.Rng.Chance(0.25) };
        if (overall)
        {
            w.Doc.Line("附件1");
            w.Doc.Line($"{w.Year}年度部门（单位）整体支出绩效评价基础数据表");
            w.StaffTable();
            w.Doc.Line("附件2");
            w.Doc.Line($"{w.Year}年度部门（单位）整体支出绩效自评表");
        }
        else
        {
            w.Doc.Line("附件");
            w.Doc.Line($"{w.Year}年度项目支出绩效自评表");
        }
        if (w.Rng.Chance(0.6) || tableMoney.InYuan)
        {
            w.Doc.Line("单位：" + tableMoney.UnitWord);
        }
        w.SelfEvaluationTable(tableMoney, name, stateBudgetFields: true);
        w.Doc.Line($"填表人：{w.Rng.Pick(Names)}  联系电话：{w.Rng.Between(2000000, 2899999)}");
    }

    internal static readonly string[] Names = ["王敏", "李娟", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "周丽"];

    private static void WriteTitle(ReportWriter w, string name, bool overall)
    {
        var f = w.Facts;
        if (overall)
        {
            var title = w.Rng.Pick(Phrases.OverallTitles);
            w.Doc.Add(name, "unitName");
            if (w.Rng.Chance(0.5))
            {
                w.Doc.End();
            }
            w.Doc.Add(w.Year + "年度", "fiscalYear").Add(title).End();
            return;
        }
        w.Doc.Add(w.Year + "年度", "fiscalYear").Add(f.ProjectName!, "projectName").Add("项目支出绩效自评报告").End();
        w.StateProject("projectName");
        w.Doc.Add("实施单位：").Add(name, "unitName").End();
    }

    private static void WriteBudgetNarrative(ReportWriter w, bool overall)
    {
        var f = w.Facts;
        var disagree = f.Anomaly == Anomaly.TotalsDisagree;
        w.Doc.Add($"{w.Year}年{(overall ? w.Self : "该项目")}年初预算");
        w.Amount("", "budgetInitial", f.BudgetInitial, "narrative", setsField: false);
        w.Amount("，全年预算", "budgetAdjusted", f.BudgetAdjusted, "narrative", setsField: false);
        // Planted: the narrative gives a different executed total from the table (e.g. only part of the funds).
        var narrativeExecuted = disagree ? Math.Round(f.Executed * w.Rng.Decimal(0.6m, 0.9m, 3), 2) : f.Executed;
        w.Amount("，全年实际支出", "executed", narrativeExecuted, "narrative", setsField: false);
        w.Doc.Add("。").End();
        if (disagree)
        {
            w.PlantFlag(Anomaly.TotalsDisagree);
        }
        var mislabel = f.Anomaly == Anomaly.UnitMislabel;
        if (overall)
        {
            w.Amount("其中：基本支出", "basicSpending", f.BasicSpending, "narrative", setsField: false);
            w.Amount("，项目支出", "projectSpending", f.ProjectSpending, "narrative", setsField: false);
            w.Doc.Add("。").End();
            w.Doc.Add("项目支出主要用于：");
            w.NarrativeLines(w.PortfolioLines(f.ProjectSpending, w.Rng.Between(3, 6), toFen: false), mislabel);
            w.Doc.Add("。").End();
        }
        else
        {
            w.Doc.Add("资金主要用于：");
            var category = f.ProjectCategory;
            w.NarrativeLines(w.PortfolioLines(f.Executed, w.Rng.Between(2, 4), toFen: false, SubItems), mislabel, category);
            w.Doc.Add("。").End();
        }
    }
}
