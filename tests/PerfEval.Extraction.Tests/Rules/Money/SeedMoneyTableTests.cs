namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>Seed facts that live in the seeds' tables (the 自评表 of 001, the project list of 003).</summary>
public sealed class SeedMoneyTableTests
{
    [Fact]
    public void Seed001FiguresComeFromItsSelfEvaluationTable()
    {
        var report = MoneyTestFiles.ExtractSeed("001");
        Assert.Equal(573.38m, report.BudgetInitial);
        Assert.Equal(2673.41m, report.BudgetAdjusted);
        Assert.Equal(2673.41m, report.Executed);
        Assert.Equal(100m, report.ExecutionRate);
        Assert.Equal(100m, report.ExecutionRateComputed);
        Assert.Equal(1507.84m, report.BasicSpending);
        Assert.Equal(1165.56m, report.ProjectSpending);
        Assert.Contains(report.Statements, s => s is { Quantity: "general_budget_income", Value: 2673.41m, Context: "table" });
    }

    [Fact]
    public void Seed001StaffIsFortyPostsAndThirtySevenServing()
    {
        var staff = MoneyTestFiles.ExtractSeed("001").Staff;
        Assert.NotNull(staff);
        Assert.Equal(40, staff.Posts);
        Assert.Equal(37, staff.Serving);
    }

    [Fact]
    public void Seed003ListsSixteenProjectsInYuanSummingToTheStatedTotal()
    {
        var report = MoneyTestFiles.ExtractSeed("003");
        Assert.Equal(16, report.Spending.Count);
        Assert.All(report.Spending, l => Assert.Equal("元", l.SourceUnit));
        Assert.Equal(390.273378m, report.Spending.Sum(l => l.Amount));
        Assert.Equal(32.5067m, report.Spending[0].Amount);
        Assert.Equal("职工食堂补助经费", report.Spending[^1].Name);
        var total = Assert.Single(report.Statements, s => s.Quantity == "spending_total");
        Assert.Equal(390.273378m, total.Value);
        Assert.Equal(3902733.78m, total.RawNumber);
        Assert.Equal("元", total.RawUnit);
        Assert.Equal("统计普查", report.Spending.Single(l => l.Name.Contains("经济普查", StringComparison.Ordinal)).Category);
        Assert.Equal("党建", report.Spending.Single(l => l.Name == "基层党建管理经费").Category);
    }
}
