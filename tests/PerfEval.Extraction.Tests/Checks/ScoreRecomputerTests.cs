using PerfEval.Extraction.Checks;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class ScoreRecomputerTests
{
    [Fact]
    public void AReportWithoutRowsHasNoRecomputedScore()
    {
        Assert.Null(ScoreRecomputer.Recompute(Report() with { ScoreReported = 95m }, Config));
    }

    [Fact]
    public void AMetTargetEarnsTheFullWeightEvenWhenTheReportGaveLess()
    {
        var report = Report() with { Indicators = [Row("群众满意度", "≥98%", "≥98%", 10m, 8m)] };

        Assert.Equal(10m, ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void AnUnmetQuantitativeTargetEarnsWeightTimesCompletionRoundedToTheCent()
    {
        var report = Report() with { Indicators = [Row("成本控制率", "≥98%", "≥96%", 10m, 1m)] };

        Assert.Equal(9.80m, ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void APartlyAchievedQualitativeTargetEarnsEightyPercent()
    {
        var report = Report() with { Indicators = [Row("社会影响力", "定性", "基本达到", 10m, 10m)] };

        Assert.Equal(8m, ScoreRecomputer.Recompute(report, Config));
    }

    [Theory]
    [InlineData("70.00", "7")]
    [InlineData("96.5", "9.65")]
    [InlineData("105", "10")]
    public void TheExecutionRowEarnsTheRateTimesItsWeightCappedAtTheWeight(string rate, string expected)
    {
        var report = Report() with
        {
            ExecutionRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture),
            Indicators = [ExecutionRow(10m, 10m)],
        };

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void TheExecutionRateIsComputedFromTheAmountsWhenNotStated()
    {
        var report = Report() with { BudgetAdjusted = 200m, Executed = 150m, Indicators = [ExecutionRow(10m, 10m)] };

        Assert.Equal(7.5m, ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void ARowWithoutATargetKeepsItsStatedPointsButNeverMoreThanItsWeight()
    {
        var report = Report() with
        {
            Indicators = [Row("生态修复有效性", null, "90%", 10m, 9m), Row("辖区保洁覆盖率", null, "100%", 10m, 12m)],
        };

        Assert.Equal(19m, ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void AWordedMissOfANumericTargetKeepsItsStatedPoints()
    {
        var report = Report() with { Indicators = [Row("完成率", "100%", "未完成", 10m, 6m)] };

        Assert.Equal(6m, ScoreRecomputer.Recompute(report, Config));
    }

    [Fact]
    public void RowScoresExplainEachRow()
    {
        var report = Report() with { Indicators = [Row("解决问题到位率", "=100%", "=97%", 15m, 15m)] };

        var row = Assert.Single(ScoreRecomputer.ScoreRows(report, Config));

        Assert.Equal(TargetOutcome.Unmet, row.Assessment.Outcome);
        Assert.Equal(14.55m, row.Recomputed);
    }

    [Fact]
    public void ReportCheckerFillsTheRecomputedScoreAndReplacesEarlierFlags()
    {
        var stale = new PerfEval.Extraction.Model.Flag("old", PerfEval.Extraction.Model.FlagSeverity.Info, "stale", []);
        var report = Report() with { ScoreReported = 10m, Flags = [stale], Indicators = [Row("群众满意度", "≥98%", "99%", 10m, 10m)] };

        var checkedReport = ReportChecker.CreateDefault().Check(report);

        Assert.Equal(10m, checkedReport.ScoreRecomputed);
        Assert.DoesNotContain(stale, checkedReport.Flags);
    }
}
