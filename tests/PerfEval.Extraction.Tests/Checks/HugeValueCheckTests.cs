using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Checks.Rules;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

/// <summary>Values at the edge of decimal reach the checks from hostile reports; a check must flag or stay quiet, not throw.</summary>
public sealed class HugeValueCheckTests
{
    private const decimal Huge = 50_000_000_000_000_000_000_000_000m;

    [Fact]
    public void PointsWhoseSumOverflowsDoNotBreakTheSpendingWarning()
    {
        var report = Report() with
        {
            ScoreReported = 90m,
            ExecutionRate = 50m,
            Indicators = [Row("产出", null, null, 50m, Huge), Row("效益", null, null, 40m, Huge)],
        };

        var flags = Run(new ScoreOutrunsSpendingCheck(), report);

        Assert.All(flags, f => Assert.Equal("score_outruns_spending", f.Rule));
    }

    [Fact]
    public void PointsWhoseShareOverflowsGiveNoRedWarningRatherThanACrash()
    {
        var report = Report() with
        {
            ScoreReported = 90m,
            ExecutionRate = 0.0001m,
            Indicators = [Row("产出", null, null, 0.0001m, Huge)],
        };

        var flags = Run(new ScoreOutrunsSpendingCheck(), report);

        Assert.DoesNotContain(flags, f => f.Severity == PerfEval.Extraction.Model.FlagSeverity.Critical);
    }

    [Fact]
    public void EveryDefaultCheckSurvivesHugeFigures()
    {
        var report = Report() with
        {
            BudgetInitial = Huge,
            BudgetAdjusted = 0.0001m,
            Executed = Huge,
            ExecutionRate = Huge,
            ScoreReported = Huge,
            Indicators = [Row("产出", "≥" + new string('9', 40) + "%", "99999999999999999999999999%", Huge, Huge), ExecutionRow(Huge, Huge)],
            Statements = [Amount("executed", Huge), Amount("budget_adjusted", 0.0001m)],
        };

        var checkedReport = ReportChecker.CreateDefault().Check(report);

        Assert.NotNull(checkedReport.Flags);
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999个")]
    [InlineData("≥9999999999999999999999999999999999999999%")]
    [InlineData("达到99999999999999999999999999999999.5%以上")]
    public void AQuantityTooLongForDecimalIsUnreadable(string cell)
    {
        Assert.Null(ParsedQuantity.Parse(cell));
        Assert.Null(ParsedQuantity.ParseLenient("完成" + cell));
    }

    [Fact]
    public void AQuantityInArabicIndicDigitsIsUnreadable() => Assert.Null(ParsedQuantity.Parse("٩٨%"));
}
