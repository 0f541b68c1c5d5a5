using PerfEval.Extraction.Rules.Money;

namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>The money facts of ../shared/seeds/expected.md, asserted from each seed's extracted record.</summary>
public sealed class SeedMoneyTests
{
    [Fact]
    public void Seed000BudgetsAndExecutionComeFromTheNarrative()
    {
        var report = MoneyTestFiles.ExtractSeed("000");
        Assert.Equal(466.72m, report.BudgetInitial);
        Assert.Equal(547.92m, report.BudgetAdjusted);
        Assert.Equal(547.92m, report.Executed);
        Assert.Equal(100m, report.ExecutionRateComputed);
        Assert.Null(report.ExecutionRate);
    }

    [Fact]
    public void Seed000ListsNineSpendingLinesInWan()
    {
        var report = MoneyTestFiles.ExtractSeed("000");
        var lines = report.Spending.Select(l => (l.Name, l.Amount)).ToList();
        Assert.Equal(
            [
                ("村社区工作经费", 12m), ("村社区信息经费", 0.72m), ("社区惠民资金", 60m), ("社区网格化管经费", 19m), ("社区运转经费", 375m),
                ("协税护税工作经费", 5m), ("城市标准化基础设施维修经费", 60m), ("镇街社区武装经费", 6.2m), ("环保及安全生产经费", 10m),
            ],
            lines);
        Assert.All(report.Spending, l => Assert.Equal("万元", l.SourceUnit));
        Assert.Equal("社区运转", report.Spending.Single(l => l.Name == "社区运转经费").Category);
        Assert.Equal("基础设施", report.Spending.Single(l => l.Name == "城市标准化基础设施维修经费").Category);
    }

    [Fact]
    public void Seed000StaffIsSeventyThreeFundedOfWhomThirtyNineServeAndThirtyFourAreRetired()
    {
        var staff = MoneyTestFiles.ExtractSeed("000").Staff;
        Assert.NotNull(staff);
        Assert.Equal(new(null, 39, 73, 34), staff);
    }

    [Fact]
    public void Seed001NarrativeStatesGeneralBudgetFiguresThatTheTableContradicts()
    {
        var report = MoneyTestFiles.ExtractSeed("001");
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.GeneralBudgetIncome, Value: 1926.41m, Context: "narrative" });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.GeneralBudgetSpending, Value: 1926.41m, Context: "narrative" });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.ProjectSpending, Value: 1110.25m, Context: "narrative" });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.StaffSpending, Value: 729.58m });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.PublicSpending, Value: 86.58m });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.BudgetInitial, Value: 573.38m, Context: "narrative" });
        Assert.DoesNotContain(report.Statements, s => s.Quantity == Quantities.Executed && s.Value == 1090.25m);
    }

    [Fact]
    public void Seed001ListsFourProjectLinesSummingToTheNarrativeProjectTotal()
    {
        var report = MoneyTestFiles.ExtractSeed("001");
        Assert.Equal(["补助社区工作经费", "城管环卫及自建房整治经费", "就业补助及优抚对象补助经费", "其他项目支出"], report.Spending.Select(l => l.Name));
        Assert.Equal(1110.25m, report.Spending.Sum(l => l.Amount));
        Assert.Equal(["社区运转", "城市管理与环卫", "社会保障与民生", "其他"], report.Spending.Select(l => l.Category));
    }

    [Fact]
    public void Seed002BudgetsExecutionAndSplitComeFromTheNarrative()
    {
        var report = MoneyTestFiles.ExtractSeed("002");
        Assert.Equal(13245.05m, report.BudgetInitial);
        Assert.Equal(18580.25m, report.BudgetAdjusted);
        Assert.Equal(13006.70m, report.Executed);
        Assert.Equal(70.00m, report.ExecutionRate);
        Assert.Equal(70.00m, report.ExecutionRateComputed);
        Assert.Equal(2778.36m, report.BasicSpending);
        Assert.Equal(10228.34m, report.ProjectSpending);
    }

    [Fact]
    public void Seed002GovernmentFundsWrittenInYuanAreStatedInYuanNotCorrected()
    {
        var report = MoneyTestFiles.ExtractSeed("002");
        var funds = report.Statements.Single(s => s.Quantity == Quantities.GovernmentFundSpending);
        Assert.Equal(0.176987m, funds.Value);
        Assert.Equal(1769.87m, funds.RawNumber);
        Assert.Equal("元", funds.RawUnit);
        Assert.Equal("narrative", funds.Context);
        Assert.Contains("1769.87元", funds.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.GeneralBudgetProjectSpending, Value: 8458.47m });
        Assert.Equal(0.176987m, report.Funding.Single(f => f.Name == "政府性基金").Amount);
        Assert.Equal(13006.70m, report.Funding.Single(f => f.Name == "一般公共预算").Amount);
        Assert.Equal(0m, report.Funding.Single(f => f.Name == "上年结转").Amount);
    }

    [Fact]
    public void Seed002StaffSumsCivilServiceAndPublicInstitutionPosts()
    {
        var report = MoneyTestFiles.ExtractSeed("002");
        Assert.Equal(new(44 + 88, 38 + 81, null, null), report.Staff);
        Assert.Contains(report.Issues, i => i.Code == "staff_summed");
    }

    [Fact]
    public void Seed003ThresholdInTheTitleIsNotABudget()
    {
        var report = MoneyTestFiles.ExtractSeed("003");
        Assert.Null(report.BudgetInitial);
        Assert.Null(report.BudgetAdjusted);
        Assert.Null(report.Executed);
        Assert.Null(report.ExecutionRate);
        Assert.Null(report.ExecutionRateComputed);
        Assert.Null(report.Staff);
        Assert.DoesNotContain(report.Statements, s => s.Value == 200m);
    }

    [Fact]
    public void Seed004BudgetAndSpendingAreTwoHundredEighty()
    {
        var report = MoneyTestFiles.ExtractSeed("004");
        Assert.Equal(280m, report.BudgetInitial);
        Assert.Null(report.BudgetAdjusted);
        Assert.Equal(280m, report.Executed);
        Assert.Equal(100m, report.ExecutionRateComputed);
        Assert.Null(report.ExecutionRate);
        Assert.DoesNotContain(report.Statements, s => s.Value == 70m);
        Assert.Empty(report.Spending);
    }
}
