using PerfEval.Extraction.Checks.Rules;
using PerfEval.Extraction.Model;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class ExecutionChecksTests
{
    private static ExtractedReport Claiming(decimal claimed, decimal rate) =>
        Report() with { ScoreReported = claimed, ExecutionRate = rate, Indicators = NinetyPointRows(claimed) };

    [Fact]
    public void FullPointsAtSeventyPercentExecutionIsARedWarning()
    {
        var flag = Assert.Single(Run(new ScoreOutrunsSpendingCheck(), Claiming(90m, 70m)));

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
    }

    [Theory]
    [InlineData("81", "86", false)]
    [InlineData("81", "85", true)]
    [InlineData("79", "100", false)]
    public void RedMeansTheShareOfPointsOutrunsTheShareSpentByMoreThanFivePercent(string claimed, string rate, bool red)
    {
        var flags = Run(new ScoreOutrunsSpendingCheck(),
            Claiming(decimal.Parse(claimed, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(red, flags.Any(f => f.Severity == FlagSeverity.Critical));
    }

    [Fact]
    public void MoreThanAFifthUnspentWithoutARedGapIsYellow()
    {
        var flag = Assert.Single(Run(new ScoreOutrunsSpendingCheck(), Claiming(70m, 75m)));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
    }

    [Theory]
    [InlineData("98.2", true)]
    [InlineData("90", false)]
    public void AStatedTotalWithoutRowsIsMeasuredAgainstTheFullHundredPoints(string total, bool red)
    {
        var report = Report() with { ScoreReported = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture), ExecutionRate = 86m };

        Assert.Equal(red, Run(new ScoreOutrunsSpendingCheck(), report).Any(f => f.Severity == FlagSeverity.Critical));
    }

    [Fact]
    public void AZeroBudgetIsYellow()
    {
        var report = Report() with { ScoreReported = 95m, BudgetInitial = 0m };

        Assert.Equal(FlagSeverity.Warning, Assert.Single(Run(new ScoreOutrunsSpendingCheck(), report)).Severity);
    }

    [Fact]
    public void NoWarningWithoutAScoreOrWithoutAnExecutionRate()
    {
        Assert.Empty(Run(new ScoreOutrunsSpendingCheck(), Report() with { ExecutionRate = 50m }));
        Assert.Empty(Run(new ScoreOutrunsSpendingCheck(), Report() with { ScoreReported = 97m, Indicators = NinetyPointRows(90m) }));
    }

    [Theory]
    [InlineData("84.99", true)]
    [InlineData("85", false)]
    [InlineData("100", false)]
    public void ExecutionBelowEightyFivePercentIsLow(string rate, bool fires)
    {
        var report = Report() with { ExecutionRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(fires, Run(new LowExecutionCheck(), report).Count == 1);
    }

    [Fact]
    public void LowExecutionIsComputedFromTheAmountsWhenTheRateIsNotStated()
    {
        var report = Report() with { BudgetInitial = 100m, BudgetAdjusted = 125m, Executed = 100m };

        Assert.Contains("80%", Assert.Single(Run(new LowExecutionCheck(), report)).Message, StringComparison.Ordinal);
        Assert.Empty(Run(new LowExecutionCheck(), Report()));
    }

    [Fact]
    public void TheLowExecutionThresholdComesFromConfiguration()
    {
        var report = Report() with { ExecutionRate = 88m };

        Assert.Single(Run(new LowExecutionCheck(), report, Config with { LowExecutionBelow = 90m }));
        Assert.Empty(Run(new LowExecutionCheck(), report));
    }

    [Theory]
    [InlineData("100.5", true)]
    [InlineData("100.01", false)]
    [InlineData("100", false)]
    public void ExecutionAboveTheBudgetIsOverExecution(string rate, bool fires)
    {
        var report = Report() with { ExecutionRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(fires, Run(new OverExecutionCheck(), report).Count == 1);
    }

    [Theory]
    [InlineData("100", "200", true)]
    [InlineData("100", "199.99", false)]
    [InlineData("100", "50", true)]
    [InlineData("100", "100", false)]
    public void AnAdjustedBudgetAtLeastDoubleOrHalfTheInitialIsLarge(string initial, string adjusted, bool fires)
    {
        var report = Report() with
        {
            BudgetInitial = decimal.Parse(initial, System.Globalization.CultureInfo.InvariantCulture),
            BudgetAdjusted = decimal.Parse(adjusted, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(fires, Run(new LargeBudgetAdjustmentCheck(), report).Count == 1);
    }

    [Fact]
    public void NoAdjustmentIsJudgedWithoutBothBudgets()
    {
        Assert.Empty(Run(new LargeBudgetAdjustmentCheck(), Report() with { BudgetAdjusted = 500m }));
        Assert.Empty(Run(new LargeBudgetAdjustmentCheck(), Report() with { BudgetInitial = 500m }));
    }
}
