using PerfEval.Generator.Planning;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// A 重点评价 written by a district department ("我部", "我局") about one street's project. The evaluator may be
/// named without its district; then only the street's name is left and the region may be ambiguous.
/// </summary>
public sealed class KeyEvaluationLayout : IReportLayout
{
    public void Write(ReportWriter w)
    {
        var f = w.Facts;
        var evaluator = f.Evaluator!;
        var clued = w.Rng.Chance(0.6);
        var district = f.Unit.District.Name;
        var written = clued
            ? (w.Rng.Chance(0.5) ? Prefix(evaluator, w.Regions.City) : evaluator)
            : evaluator.Replace(district[..^1], "", StringComparison.Ordinal);
        var self = evaluator.EndsWith('部') ? "我部" : "我局";
        var unitName = f.Unit.OfficialName;

        w.Doc.Add(w.Year + "年度", "fiscalYear").Add(f.ProjectName!, "projectName").Add(w.Rng.Chance(0.5) ? "重点绩效评价报告" : "财政支出重点评价报告").End();
        w.StateProject("projectName");
        w.StateIdentity(unitName, regionClued: clued);
        w.Truth.Evaluator = written;
        w.Truth.Cite("evaluator", "evaluator");
        if (w.Rng.Chance(0.5))
        {
            w.Doc.Add("评价单位：").Add(written, "evaluator").End();
        }

        w.Heading("评价工作组织开展情况");
        w.Doc.Line($"为做好{w.Year}年度财政支出绩效重点评价工作，{self}成立了由分管负责同志任组长、相关科室负责人为成员的评价工作小组，明确了职责分工。");
        w.Doc.Line($"评价小组选取{f.ProjectName}作为本年度重点评价项目，通过听取汇报、核对明细账和原始凭证、现场抽查等方式开展评价。");

        w.Heading("项目基本概况");
        w.Doc.Add("该项目由").Add(unitName, "unitName").Add("组织实施，资金实行专账核算、专款专用。").End();
        w.Amount($"{w.Year}年该项目年初预算安排", "budgetInitial", f.BudgetInitial, "narrative", setsField: true);
        w.Amount("，全年预算", "budgetAdjusted", f.BudgetAdjusted, "narrative", setsField: true);
        w.Amount("，实际支出", "executed", f.Executed, "narrative", setsField: true);
        w.Doc.Add("，预算执行率");
        w.StateRate(Money.Rate(f.ExecutionRate));
        w.Doc.Add("。").End();

        w.Heading("评价结论");
        var score = Math.Round(f.RowSum, 1);
        w.Doc.Add("经评价小组对各项指标综合评价，");
        w.StateScore($"该项目得分{Money.Score(score)}分", score);
        w.Doc.Add("，");
        var grade = ReportFacts.GradeOf(score);
        w.StateGrade(w.Rng.Chance(0.5) ? $"评价结果为“{grade}”" : $"评定等次为{Spelled(grade)}", grade);
        w.Doc.Add("。").End();
        w.ProblemsAndImprovements();
        w.Doc.Add(written, "evaluator").End();
        w.Signature(null);

        switch (f.Anomaly)
        {
            case Anomaly.LargeBudgetAdjustment:
                w.PlantFlag(f.Anomaly);
                break;
            case Anomaly.ScoreOutrunsSpending or Anomaly.LowExecution:
                w.PlantExecutionFlags();
                break;
        }
    }

    private static string Prefix(string department, string city) =>
        department.StartsWith("中共", StringComparison.Ordinal) ? "中共" + city + department[2..] : city + department;

    private static string Spelled(string grade) => grade switch
    {
        "优" => "优秀",
        "良" => "良好",
        "中" => "中等",
        _ => "差",
    };
}
