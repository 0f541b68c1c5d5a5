using PerfEval.Extraction.Checks.Rules;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class AmountChecksTests
{
    [Fact]
    public void TheSameQuantityWithDifferentValuesInNarrativeAndTableDisagrees()
    {
        var report = Report() with { Statements = [Amount("project_spending", 1110.25m), Amount("project_spending", 1165.56m, "table")] };

        var flag = Assert.Single(Run(new TotalsDisagreeCheck(), report));

        Assert.Equal(2, flag.Evidence.Count);
    }

    [Fact]
    public void StatementsWithinACentAgree()
    {
        var report = Report() with { Statements = [Amount("executed", 2673.41m), Amount("executed", 2673.40m, "table")] };

        Assert.Empty(Run(new TotalsDisagreeCheck(), report));
    }

    [Fact]
    public void PartsThatDoNotAddUpToTheirStatedTotalDisagree()
    {
        var report = Report() with
        {
            Statements = [Amount("spending_total", 1000m), Amount("basic_spending", 300m), Amount("project_spending", 650m)],
        };

        Assert.Contains("parts do not add up", Assert.Single(Run(new TotalsDisagreeCheck(), report)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartsAreOnlySummedWithinOneContext()
    {
        var report = Report() with
        {
            Statements = [Amount("spending_total", 1000m), Amount("basic_spending", 300m), Amount("project_spending", 650m, "table")],
        };

        Assert.Empty(Run(new TotalsDisagreeCheck(), report));
    }

    [Fact]
    public void PartsThatAddUpWithinACentAgree()
    {
        var report = Report() with
        {
            Statements = [Amount("executed", 2673.41m, "table"), Amount("basic_spending", 1507.84m, "table"), Amount("project_spending", 1165.56m, "table")],
        };

        Assert.Empty(Run(new TotalsDisagreeCheck(), report));
    }

    private static PerfEval.Extraction.Model.ExtractedReport Seed002Block(string fundUnit) => Report() with
    {
        Statements =
        [
            Amount("general_budget_spending", 11236.83m),
            Amount("general_budget_spending.basic_spending", 2778.36m),
            Amount("general_budget_spending.project_spending", 8458.47m),
            Amount("government_fund_spending", 1769.87m, rawUnit: fundUnit),
            Amount("spending_total", 13006.70m),
            Amount("basic_spending", 2778.36m),
            Amount("project_spending", 10228.34m),
        ],
    };

    [Fact]
    public void AnAmountThatOnlyAddsUpInTheOtherUnitIsMislabelledOnce()
    {
        var flag = Assert.Single(Run(new UnitMislabelCheck(), Seed002Block("元")));

        Assert.Equal("government_fund_spending 1769.87元", flag.Evidence[0].Quote);
    }

    [Fact]
    public void ASpendingLineThatOnlyAddsUpToItsTotalInTheOtherUnitIsMislabelled()
    {
        var report = Report() with
        {
            Statements = [Amount("executed", 193.95m)],
            Spending = [Line("活动组织费", 71.66m, "万元"), Line("维修维护费", 122.29m / 10000m, "元")],
        };

        var flag = Assert.Single(Run(new UnitMislabelCheck(), report));

        Assert.Contains("维修维护费", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpendingLinesThatAddUpAsWrittenOrNotAtAllAreNotMislabelled()
    {
        var adding = Report() with { Statements = [Amount("executed", 193.95m)], Spending = [Line("活动组织费", 71.66m, "万元"), Line("维修维护费", 122.29m, "万元")] };
        var failing = Report() with { Statements = [Amount("executed", 500m)], Spending = [Line("活动组织费", 71.66m, "万元"), Line("维修维护费", 122.29m / 10000m, "元")] };

        Assert.Empty(Run(new UnitMislabelCheck(), adding));
        Assert.Empty(Run(new UnitMislabelCheck(), failing));
    }

    private static Model.SpendingLine Line(string name, decimal amount, string unit) =>
        new() { Name = name, Amount = amount, SourceUnit = unit, Evidence = new Model.Evidence(0, name) };

    [Fact]
    public void AMislabelledAmountIsNotAlsoReportedAsDisagreeing()
    {
        Assert.Empty(Run(new TotalsDisagreeCheck(), Seed002Block("元")));
    }

    [Fact]
    public void TheSameBlockWrittenInWanYuanIsClean()
    {
        Assert.Empty(Run(new UnitMislabelCheck(), Seed002Block("万元")));
        Assert.Empty(Run(new TotalsDisagreeCheck(), Seed002Block("万元")));
    }

    [Fact]
    public void AYuanAmountWrittenAsWanYuanIsMislabelledToo()
    {
        var report = Report() with
        {
            Statements = [Amount("basic_spending", 80m), Amount("staff_spending", 72.5m), Amount("public_spending", 75_000m, rawUnit: "万元")],
        };

        var flag = Assert.Single(Run(new UnitMislabelCheck(), report));

        Assert.Contains("public_spending", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameNumberWrittenWithBothUnitsIsAUnitSlipNotADisagreement()
    {
        var report = Report() with
        {
            Statements = [Amount("government_fund_spending", 1769.87m, rawUnit: "元"), Amount("government_fund_spending", 1769.87m, "table")],
        };

        Assert.Single(Run(new UnitMislabelCheck(), report));
        Assert.Empty(Run(new TotalsDisagreeCheck(), report));
    }

    [Fact]
    public void ASumThatFailsEitherWayIsNotBlamedOnAUnit()
    {
        var report = Report() with
        {
            Statements = [Amount("spending_total", 1000m), Amount("basic_spending", 300m), Amount("project_spending", 650m, rawUnit: "元")],
        };

        Assert.Empty(Run(new UnitMislabelCheck(), report));
        Assert.Single(Run(new TotalsDisagreeCheck(), report));
    }
}
