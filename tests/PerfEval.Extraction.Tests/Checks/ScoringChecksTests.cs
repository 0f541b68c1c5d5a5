using PerfEval.Extraction.Checks.Rules;
using PerfEval.Extraction.Model;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class ScoringChecksTests
{
    private static ExtractedReport Scored(decimal total, params IndicatorRow[] rows) =>
        Report() with { ScoreReported = total, Indicators = rows };

    [Fact]
    public void ATotalThatIsNotTheSumOfItsRowsIsCritical()
    {
        var flag = Assert.Single(Run(new ScoreSumMismatchCheck(), Scored(97m, ExecutionRow(10m, 10m), Row("a", null, null, 90m, 79m))));

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
    }

    [Theory]
    [InlineData("97.00", "97.01", false)]
    [InlineData("97.00", "97.02", true)]
    [InlineData("97", "96.6", false)]
    [InlineData("97", "96.4", true)]
    [InlineData("89", "89", false)]
    public void ScoreSumsAreComparedBeyondRoundingOnly(string total, string rows, bool fires)
    {
        var report = Scored(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture),
            ExecutionRow(10m, 10m), Row("a", null, null, 90m, decimal.Parse(rows, System.Globalization.CultureInfo.InvariantCulture) - 10m));

        Assert.Equal(fires, Run(new ScoreSumMismatchCheck(), report).Count == 1);
    }

    [Fact]
    public void ASumIsNotJudgedWhenARowHasNoPoints()
    {
        Assert.Empty(Run(new ScoreSumMismatchCheck(), Scored(97m, Row("a", null, null, 50m, 40m), Row("b", null, null, 50m, null))));
    }

    [Theory]
    [InlineData("=100%", "=97%", "15", true)]
    [InlineData("≥96%", "95.98%", "15", true)]
    [InlineData("定性", "基本达到", "15", true)]
    [InlineData("100%", "未完成", "15", true)]
    [InlineData("=100%", "=97%", "14", false)]
    [InlineData("≥96%", "95.99%", "15", false)]
    [InlineData("≥96%", "97.0", "15", false)]
    [InlineData(null, "97%", "15", false)]
    public void FullMarksForAMissedTargetAreFlagged(string? target, string actual, string points, bool fires)
    {
        var report = Scored(15m, Row("解决问题到位率", target, actual, 15m, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)));

        var flags = Run(new FullMarksUnmetCheck(), report);

        Assert.Equal(fires, flags.Count == 1);
        Assert.All(flags, f => Assert.Equal("解决问题到位率", Assert.Single(f.Evidence).Quote));
    }

    [Theory]
    [InlineData("≥98%", "≥98%", "8", true)]
    [InlineData("是否及时", "及时", "9", true)]
    [InlineData("≥98%", "≥98%", "10", false)]
    [InlineData("≥98%", "≥96%", "8", false)]
    [InlineData(null, "98%", "8", false)]
    public void PointsDeductedFromAMetTargetAreAnInfo(string? target, string actual, string points, bool fires)
    {
        var report = Scored(8m, Row("群众满意度", target, actual, 10m, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)));

        var flags = Run(new PointsWithoutShortfallCheck(), report);

        Assert.Equal(fires, flags.Count == 1);
        Assert.All(flags, f => Assert.Equal(FlagSeverity.Info, f.Severity));
    }

    [Theory]
    [InlineData("85", "10", true)]
    [InlineData("70.00", "7", false)]
    [InlineData("105", "10", false)]
    [InlineData("96.5", "9.65", false)]
    [InlineData("96.5", "9.7", false)]
    [InlineData("96.5", "9.8", true)]
    [InlineData("96.5", "10", false)]
    public void ExecutionPointsAreRecomputedFromTheRateCappedAtTheWeight(string rate, string points, bool fires)
    {
        var report = Scored(10m, ExecutionRow(10m, decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture))) with
        {
            ExecutionRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(fires, Run(new ExecutionPointsRecomputedCheck(), report).Count == 1);
    }

    [Fact]
    public void AScoreWithNoScoredRowsIsUnsupported()
    {
        Assert.Single(Run(new UnsupportedScoreCheck(), Report() with { ScoreReported = 100m }));
        Assert.Single(Run(new UnsupportedScoreCheck(), Scored(100m, ExecutionRow(10m, 10m))));
        Assert.Empty(Run(new UnsupportedScoreCheck(), Scored(100m, Row("a", null, null, 90m, 90m))));
        Assert.Empty(Run(new UnsupportedScoreCheck(), Report()));
    }

    [Fact]
    public void NoTotalAndNoScoredRowsIsAMissingScore()
    {
        Assert.Single(Run(new MissingScoreCheck(), Report()));
        Assert.Single(Run(new MissingScoreCheck(), Report() with { Indicators = [Row("a", "≥90%", "95%", 10m, null)] }));
        Assert.Empty(Run(new MissingScoreCheck(), Report() with { Indicators = [Row("a", null, null, 90m, 90m)] }));
        Assert.Empty(Run(new MissingScoreCheck(), Report() with { ScoreReported = 0m }));
    }

    [Theory]
    [InlineData("优", "85", true)]
    [InlineData("良", "85", false)]
    [InlineData("优秀", "92", false)]
    [InlineData("良", "89.99", false)]
    [InlineData("良", "90", true)]
    [InlineData("中", "80", true)]
    [InlineData("差", "59.5", false)]
    public void AGradeOutsideItsScoreBandIsFlagged(string grade, string score, bool fires)
    {
        var report = Report() with { Grade = grade, ScoreReported = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(fires, Run(new GradeMismatchCheck(), report).Count == 1);
    }
}
