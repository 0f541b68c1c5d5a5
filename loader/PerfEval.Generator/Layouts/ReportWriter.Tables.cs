using PerfEval.Extraction.Model;
using PerfEval.Generator.Documents;
using PerfEval.Generator.Planning;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Layouts;

/// <summary>The 自评表 and the 基础数据表, with merged cells as Word lays them out.</summary>
public sealed partial class ReportWriter
{
    private const int Columns = 9;

    /// <summary>
    /// The self-evaluation table (9 columns). Overall reports carry the unit's name and the basic/project split;
    /// project reports the project's name. <paramref name="table"/> is the amount style of the table's cells.
    /// </summary>
    public void SelfEvaluationTable(Money table, string writtenUnit, bool stateBudgetFields)
    {
        var f = Facts;
        var rows = new List<IReadOnlyList<DocCell>>();
        var overall = f.Kind == ReportKinds.Overall;
        if (overall)
        {
            rows.Add([new DocCell("部门（单位）名称", 2), new DocCell(writtenUnit, 7, Mark: "unitName")]);
        }
        else
        {
            rows.Add([new DocCell("项目名称", 2), new DocCell(f.ProjectName!, 7, Mark: "projectName")]);
            rows.Add([new DocCell("主管部门", 2), new DocCell(f.Unit.District.Name + "财政局", 3), new DocCell("实施单位", 2), new DocCell(writtenUnit, 2, Mark: "unitName")]);
            StateProject("projectName");
        }
        var unitLabel = table.InYuan ? "（元）" : "（万元）";
        rows.Add([new DocCell("年度资金" + unitLabel, VMerge: VMerge.Start), new DocCell("", 2), new DocCell("年初预算数"), new DocCell("全年预算数"), new DocCell("全年执行数"), new DocCell("分值"), new DocCell("执行率"), new DocCell("得分")]);
        var executionName = Rng.Pick(Phrases.ExecutionRowNames);
        var rateText = Money.Rate(f.ExecutionRate);
        rows.Add(
        [
            DocCell.Below(), new DocCell(executionName, 2),
            AmountCell("budgetInitial", f.BudgetInitial, stateBudgetFields, table),
            AmountCell("budgetAdjusted", f.BudgetAdjusted, stateBudgetFields, table),
            AmountCell("executed", f.Executed, stateBudgetFields, table),
            new DocCell(Money.Score(f.ExecutionWeight)),
            new DocCell(rateText, Mark: "executionRate"),
            new DocCell(Money.Score(f.ExecutionPoints), Mark: "indicator:0"),
        ]);
        Truth.ExecutionRate = f.ExecutionRate;
        Truth.Cite("executionRate", "executionRate");
        Truth.Indicators.Add((new IndicatorRow { Name = executionName, Actual = rateText, Weight = f.ExecutionWeight, Points = f.ExecutionPoints, IsExecutionRate = true }, "indicator:0"));

        foreach (var (name, amount) in new[] { ("一般公共预算", f.GeneralBudget), ("政府性基金", f.GovernmentFund), ("上年结转", f.CarryOver) })
        {
            var mark = TruthDraft.NextMark("funding", Truth.Funding.Count);
            Truth.Funding.Add((name, amount, mark));
            rows.Add([DocCell.Below(), new DocCell("其中：" + name, 2), new DocCell("—"), new DocCell(table.Number(amount), Mark: mark), new DocCell("—"), new DocCell("—"), new DocCell("—"), new DocCell("—")]);
        }
        if (overall)
        {
            rows.Add(
            [
                DocCell.Below(), new DocCell("按支出性质分", 2),
                new DocCell("基本支出：" + table.Number(f.BasicSpending), 3, Mark: "basicSpending"),
                new DocCell("项目支出：" + table.Number(f.ProjectSpending), 3, Mark: "projectSpending"),
            ]);
            Truth.BasicSpending = f.BasicSpending;
            Truth.ProjectSpending = f.ProjectSpending;
            Truth.Cite("basicSpending", "basicSpending");
            Truth.Cite("projectSpending", "projectSpending");
        }
        rows.Add([new DocCell("年度总体目标", VMerge: VMerge.Start), new DocCell("预期目标", 4), new DocCell("实际完成情况", 4)]);
        rows.Add([DocCell.Below(), new DocCell(Rng.Pick(Phrases.GoalTexts), 4), new DocCell(Rng.Pick(Phrases.DoneTexts), 4)]);
        rows.Add([new DocCell("绩效指标", VMerge: VMerge.Start), new DocCell("一级指标"), new DocCell("二级指标"), new DocCell("三级指标"), new DocCell("年度指标值"), new DocCell("实际完成值"), new DocCell("分值"), new DocCell("得分"), new DocCell("偏差原因分析及改进措施")]);
        var withLevelWeights = Rng.Chance(0.5);
        for (var i = 0; i < f.Indicators.Count; i++)
        {
            var row = f.Indicators[i];
            var firstOfLevel1 = i == 0 || f.Indicators[i - 1].Level1 != row.Level1;
            var firstOfLevel2 = firstOfLevel1 || f.Indicators[i - 1].Level2 != row.Level2;
            var level1Text = withLevelWeights ? $"{row.Level1}（{Money.Int((int)f.Indicators.Where(x => x.Level1 == row.Level1).Sum(x => x.Weight))}分）" : row.Level1;
            var mark = TruthDraft.NextMark("indicator", Truth.Indicators.Count);
            rows.Add(
            [
                DocCell.Below(),
                firstOfLevel1 ? new DocCell(level1Text, VMerge: VMerge.Start) : DocCell.Below(),
                firstOfLevel2 ? new DocCell(row.Level2, VMerge: VMerge.Start) : DocCell.Below(),
                new DocCell(row.Name, Mark: mark),
                new DocCell(row.Target),
                new DocCell(row.Actual),
                new DocCell(Money.Score(row.Weight)),
                new DocCell(Money.Score(row.Points)),
                new DocCell(row.Deviation ?? ""),
            ]);
            Truth.Indicators.Add((ToRow(row), mark));
        }
        rows.Add([new DocCell("总分", 6), new DocCell("100"), new DocCell(Money.Score(f.ScoreStated), Mark: "scoreReported"), new DocCell("")]);
        Truth.ScoreReported = f.ScoreStated;
        Truth.Cite("scoreReported", "scoreReported");
        if (Rng.Chance(0.5))
        {
            rows.Add([new DocCell("自评等级", 6), new DocCell(f.Grade, 3, Mark: "grade")]);
            Truth.Grade = f.Grade;
            Truth.Cite("grade", "grade");
        }
        Doc.Table(rows);
        PlantTableAnomalies();
    }

    /// <summary>基础数据表: posts and serving staff.</summary>
    public void StaffTable()
    {
        var f = Facts;
        var control = Money.Rate(Math.Round((decimal)f.StaffServing / f.StaffPosts * 100m, 1));
        Doc.Table(
        [
            [new DocCell("财政供养人员情况（人）"), new DocCell("编制数"), new DocCell("实际在职人数"), new DocCell("控制率")],
            [new DocCell(""), new DocCell(Money.Int(f.StaffPosts), Mark: "staff"), new DocCell(Money.Int(f.StaffServing)), new DocCell(control)],
        ]);
        Truth.Staff = new StaffFigures(f.StaffPosts, f.StaffServing);
        Truth.Cite("staff", "staff");
    }

    public void StateProject(string mark)
    {
        Truth.ProjectName = Facts.ProjectName;
        Truth.Cite("projectName", mark);
    }

    public static IndicatorRow ToRow(IndicatorFact fact) => new()
    {
        Level1 = fact.Level1,
        Level2 = fact.Level2,
        Name = fact.Name,
        Target = fact.Target,
        Actual = fact.Actual,
        Weight = fact.Weight,
        Points = fact.Points,
        Deviation = fact.Deviation,
    };

    /// <summary>Anomalies that live in the scoring figures are planted by the facts; the table states them.</summary>
    private void PlantTableAnomalies()
    {
        switch (Facts.Anomaly)
        {
            case Anomaly.ScoreSumMismatch or Anomaly.FullMarksUnmet or Anomaly.LargeBudgetAdjustment:
                PlantFlag(Facts.Anomaly);
                break;
            case Anomaly.ScoreOutrunsSpending or Anomaly.LowExecution:
                PlantExecutionFlags();
                break;
        }
    }

    /// <summary>Low execution with full points is both; below 80% execution is low_execution either way.</summary>
    public void PlantExecutionFlags()
    {
        if (Facts.Anomaly == Anomaly.ScoreOutrunsSpending)
        {
            PlantFlag(Anomaly.ScoreOutrunsSpending);
        }
        if (Facts.ExecutionRate < AnomalyRules.LowExecutionBelow)
        {
            PlantFlag(Anomaly.LowExecution);
        }
    }
}
