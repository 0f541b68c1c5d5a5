namespace PerfEval.Extraction.Tests.Rules.Money;

public sealed class SpendingTableTests
{
    [Fact]
    public void AProjectListTakesTheSpentColumnAndItsHeadersUnit()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("项目明细如下：",
        [
            ["序号", "项目名称", "预算数（万元）", "执行数（万元）"],
            ["1", "社区运转经费", "50", "48.5"],
            ["2", "网格化管理经费", "20", "20"],
            ["合计", null, "70", "68.5"],
        ]));
        Assert.Equal([("社区运转经费", 48.5m, "万元", "社区运转"), ("网格化管理经费", 20m, "万元", "安全与维稳")],
            report.Spending.Select(l => (l.Name, l.Amount!.Value, l.SourceUnit!, l.Category!)));
        Assert.Contains(report.Statements, s => s is { Quantity: "spending_total", Value: 68.5m });
    }

    [Fact]
    public void ATableListWinsOverTheSameItemsInTheText()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document(
            "项目支出包括：社区运转经费48万元，网格化管理经费20万元。",
            [
                ["项目名称", "支出（元）"],
                ["社区运转经费", "485,000.00"],
                ["网格化管理经费", "200,000.00"],
            ]));
        Assert.Equal(["元", "元"], report.Spending.Select(l => l.SourceUnit));
        Assert.Equal(68.5m, report.Spending.Sum(l => l.Amount));
    }

    [Fact]
    public void AListWithoutAUnitKeepsItsNamesWithNullAmountsAndSaysWhy()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("项目明细：",
        [
            ["项目名称", "支出金额"],
            ["社区运转经费", "48.5"],
        ]));
        var line = Assert.Single(report.Spending);
        Assert.Null(line.Amount);
        Assert.Contains(report.Issues, i => i.Code == "spending_unit_missing");
    }

    [Fact]
    public void AnIndicatorTableIsNotASpendingList()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("绩效指标",
        [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "项目资金（万元）", "100", "100", "10", "10"],
        ]));
        Assert.Empty(report.Spending);
    }
}
