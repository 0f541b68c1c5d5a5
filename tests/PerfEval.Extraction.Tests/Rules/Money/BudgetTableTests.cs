using PerfEval.Extraction.Rules.Money;

namespace PerfEval.Extraction.Tests.Rules.Money;

public sealed class BudgetTableTests
{
    private static readonly string?[] Header = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];

    [Fact]
    public void AProjectSelfEvaluationTableGivesBudgetsExecutionRateAndFunding()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("2023年度项目支出绩效自评表",
        [
            Header,
            ["", "年度资金总额", "100", "120", "108", "10", "90%", "9"],
            ["", "其中：当年财政拨款", "100", "110", "98", "—", "—", "—"],
            ["", "上年结转资金", "0", "10", "10", "—", "—", "—"],
            ["", "其他资金", "0", "0", "0", "—", "—", "—"],
        ]));
        Assert.Equal(100m, report.BudgetInitial);
        Assert.Equal(120m, report.BudgetAdjusted);
        Assert.Equal(108m, report.Executed);
        Assert.Equal(90m, report.ExecutionRate);
        Assert.Equal(90m, report.ExecutionRateComputed);
        Assert.Equal([("本年财政拨款", 110m), ("上年结转", 10m), ("其他资金", 0m)], report.Funding.Select(f => (f.Name, f.Amount)));
        Assert.All(report.Statements, s => Assert.Equal("table", s.Context));
    }

    [Fact]
    public void ATotalRowLabelledAsTheExecutionRateRowGivesTheStatedRate()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("2021年度项目支出绩效自评表",
        [
            ["年度资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "预算执行率", "192.49", "200.57", "193.95", "10", "96.70%", "9.67"],
        ]));
        Assert.Equal(96.70m, report.ExecutionRate);
        Assert.Equal(193.95m, report.Executed);
    }

    [Fact]
    public void MergedCellsThatLeaveFewerCellsStillAlignFiguresWithTheirHeaders()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("自评表",
        [
            Header,
            ["年度资金总额", "100", "120", "108", "10", "90%", "9"],
        ]));
        Assert.Equal(100m, report.BudgetInitial);
        Assert.Equal(120m, report.BudgetAdjusted);
        Assert.Equal(108m, report.Executed);
    }

    [Fact]
    public void TheTablesUnitLineConvertsYuanCells()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("自评表",
        [
            ["资金情况", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1,000,000.00", "1,200,000.00", "1,080,000.00", "10", "90%", "9"],
        ], unitHint: "元"));
        Assert.Equal(100m, report.BudgetInitial);
        Assert.Equal(108m, report.Executed);
        var executed = Assert.Single(report.Statements, s => s.Quantity == Quantities.Executed);
        Assert.Equal(1_080_000m, executed.RawNumber);
        Assert.Equal("元", executed.RawUnit);
    }

    [Fact]
    public void ATableWithoutAnyUnitIsLeftUnreadAndReported()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("自评表",
        [
            ["资金情况", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "100", "120", "108", "10", "90%", "9"],
        ]));
        Assert.Null(report.BudgetInitial);
        Assert.Null(report.Executed);
        Assert.Contains(report.Issues, i => i.Code == "amount_unit_missing");
    }

    [Fact]
    public void PriorYearColumnsOfABasicDataTableAreNotThisYearsBudget()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("基础数据表",
        [
            ["经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数"],
            ["三公经费", "0", "0", "0"],
        ]));
        Assert.Null(report.BudgetInitial);
        Assert.Null(report.Executed);
    }

    [Fact]
    public void TableFiguresWinOverNarrativeOnesButBothAreStated()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("2023年度单位全年执行数1926.41万元。",
        [
            Header,
            ["", "年度资金总额", "573.38", "2673.41", "2673.41", "10", "100%", "10"],
        ]));
        Assert.Equal(2673.41m, report.Executed);
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.Executed, Value: 1926.41m, Context: "narrative" });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.Executed, Value: 2673.41m, Context: "table" });
    }
}
