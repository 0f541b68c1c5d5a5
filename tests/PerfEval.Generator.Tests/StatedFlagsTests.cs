using PerfEval.Extraction.Model;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

public sealed class StatedFlagsTests
{
    private static readonly IndicatorRow RateRow = new() { Name = "预算执行率", Weight = 10, Points = 9.7m, IsExecutionRate = true };
    private static readonly IndicatorRow ScoredRow = new() { Name = "群众满意度", Weight = 10, Points = 10 };

    [Fact]
    public void AReportWithoutAScoreOrScoredRowsExpectsMissingScore() =>
        Assert.Equal(["missing_score"], StatedFlags.Of(new ExtractedReport { SourceName = "a.txt" }));

    [Fact]
    public void AScoreBackedOnlyByTheExecutionRowExpectsUnsupportedScore() =>
        Assert.Equal(["unsupported_score"], StatedFlags.Of(new ExtractedReport { SourceName = "a.txt", ScoreReported = 99.6m, Indicators = [RateRow] }));

    [Fact]
    public void AScoreWithScoredRowsExpectsNothing() =>
        Assert.Empty(StatedFlags.Of(new ExtractedReport { SourceName = "a.txt", ScoreReported = 99.7m, Indicators = [RateRow, ScoredRow] }));

    [Theory]
    [InlineData("84.9", true)]
    [InlineData("85", false)]
    public void ExecutionBelowTheConfiguredThresholdExpectsLowExecution(string rate, bool expected)
    {
        var report = new ExtractedReport { SourceName = "a.txt", ScoreReported = 99.7m, ExecutionRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), Indicators = [RateRow, ScoredRow] };

        Assert.Equal(expected, StatedFlags.Of(report).Contains("low_execution"));
    }

    [Fact]
    public void MoreThanAFifthUnspentOnAScoredReportExpectsTheYellowWarning()
    {
        var report = new ExtractedReport { SourceName = "a.txt", ScoreReported = 77m, ExecutionRate = 70m, Indicators = [RateRow with { Points = 7m }, ScoredRow with { Points = 7m }] };

        Assert.Equal(["low_execution", "score_outruns_spending"], StatedFlags.Of(report));
    }

    [Fact]
    public void PointsClaimedFarBeyondTheMoneySpentExpectTheRedWarning()
    {
        var report = new ExtractedReport { SourceName = "a.txt", ScoreReported = 98.6m, ExecutionRate = 86m, Indicators = [RateRow with { Points = 8.6m }, ScoredRow] };

        Assert.Equal(["score_outruns_spending"], StatedFlags.Of(report));
    }

    [Fact]
    public void AStatedTotalWithoutRowsIsMeasuredAgainstTheFullHundredPoints()
    {
        var outrunning = new ExtractedReport { SourceName = "a.txt", ScoreReported = 98.2m, ExecutionRate = 86m };
        var matching = outrunning with { ScoreReported = 90m };

        Assert.Equal(["unsupported_score", "score_outruns_spending"], StatedFlags.Of(outrunning));
        Assert.Equal(["unsupported_score"], StatedFlags.Of(matching));
    }

    [Fact]
    public void AStreetLeftWithCandidatesExpectsRegionAmbiguous()
    {
        var region = new RegionMatch
        {
            Street = "青年路街道",
            Candidates = [new("130207001", "河北省", "唐山市", "丰南区", "青年路街道"), new("220106005", "吉林省", "长春市", "绿园区", "青年路街道")],
        };

        Assert.Equal(["region_ambiguous"], StatedFlags.Of(new ExtractedReport { SourceName = "a.txt", ScoreReported = 90, Indicators = [ScoredRow], Region = region }));
    }

    [Fact]
    public void ExpectedFlagsJoinThePlantedOnesWithoutRepeats()
    {
        var truth = new GroundTruth(new ExtractedReport { SourceName = "a.txt", ScoreReported = 100 }, ["unsupported_score", "low_execution"], "key_evaluation", "txt");

        Assert.Equal(["unsupported_score", "low_execution"], truth.ExpectedFlags);
    }
}
