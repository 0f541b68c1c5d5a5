using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Checks;

/// <summary>The acceptance of issue 4: on each seed the flags of expected.md, and no other of severity warning or higher.</summary>
public sealed class SeedFlagsTests
{
    private static readonly ReportChecker Checker = ReportChecker.CreateDefault();

    public static TheoryData<string, string[], string[]> Expectations => new()
    {
        { "000", ["missing_score"], [] },
        { "001", ["score_sum_mismatch", "full_marks_unmet", "totals_disagree", "large_budget_adjustment"], ["points_without_shortfall"] },
        { "002", ["score_outruns_spending", "unit_mislabel", "low_execution"], [] },
        { "003", ["unsupported_score"], [] },
        { "004", ["unsupported_score", "region_ambiguous"], [] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void EachSeedRaisesExactlyItsExpectedWarnings(string seed, string[] expected, string[] expectedInfo)
    {
        var flags = Checker.Check(Seed(seed)).Flags;

        var serious = flags.Where(f => f.Severity >= FlagSeverity.Warning).Select(f => f.Rule).Distinct().Order().ToArray();
        Assert.Equal(expected.Order().ToArray(), serious);
        var info = flags.Where(f => f.Severity == FlagSeverity.Info).Select(f => f.Rule).Distinct().Order().ToArray();
        Assert.Equal(expectedInfo.Order().ToArray(), info);
    }

    [Fact]
    public void EveryFlagOnASeedQuotesTheSeedTextWhereItHasEvidence()
    {
        foreach (var report in SeedReports.All())
        {
            var text = SeedText.Read(report.SourceName);
            foreach (var evidence in Checker.Check(report).Flags.SelectMany(f => f.Evidence))
            {
                Assert.Equal(evidence.Quote, text.Substring(evidence.Offset, evidence.Quote.Length));
            }
        }
    }

    [Fact]
    public void Seed001TotalIsFlaggedAgainstTheRowsSumOf89()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed001()).Flags, f => f.Rule == "score_sum_mismatch");

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Contains("97", flag.Message, StringComparison.Ordinal);
        Assert.Contains("89", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001FullMarksFlagNamesTheResolutionRateRowOnly()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed001()).Flags, f => f.Rule == "full_marks_unmet");

        Assert.Contains("解决问题到位率", flag.Message, StringComparison.Ordinal);
        Assert.Equal("解决问题到位率", Assert.Single(flag.Evidence).Quote);
    }

    [Fact]
    public void Seed001SatisfactionRowIsTheOnlyPointsWithoutShortfall()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed001()).Flags, f => f.Rule == "points_without_shortfall");

        Assert.Contains("群众满意度", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001NarrativeAndTableDisagreeOnIncomeAndProjectSpendingButTheTableSumHoldsWithinACent()
    {
        var flags = Checker.Check(SeedReports.Seed001()).Flags.Where(f => f.Rule == "totals_disagree").ToList();

        Assert.Equal(2, flags.Count);
        Assert.Contains(flags, f => f.Message.Contains("general_budget_income", StringComparison.Ordinal)
            && f.Message.Contains("1926.41", StringComparison.Ordinal) && f.Message.Contains("2673.41", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.Message.StartsWith("“project_spending”", StringComparison.Ordinal)
            && f.Message.Contains("1110.25", StringComparison.Ordinal) && f.Message.Contains("1165.56", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed001AdjustedBudgetIsFlaggedAsFourPointSevenTimesTheInitial()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed001()).Flags, f => f.Rule == "large_budget_adjustment");

        Assert.Contains("4.7", flag.Message, StringComparison.Ordinal);
        Assert.Equal(["573.38", "2673.41"], flag.Evidence.Select(e => e.Quote));
    }

    [Fact]
    public void Seed002IsARedWarningNotAYellowOne()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed002()).Flags, f => f.Rule == "score_outruns_spending");

        Assert.Equal(FlagSeverity.Critical, flag.Severity);
        Assert.Contains("90/90", flag.Message, StringComparison.Ordinal);
        Assert.Contains("70", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002GovernmentFundsWrittenInYuanAreFlaggedOnceWithTheirQuote()
    {
        var flag = Assert.Single(Checker.Check(SeedReports.Seed002()).Flags, f => f.Rule == "unit_mislabel");

        Assert.Equal("政府性基金预算支出1769.87元", flag.Evidence[0].Quote);
        Assert.Contains("万元", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001RowsRecomputeTo99Point35()
    {
        Assert.Equal(99.35m, Checker.Check(SeedReports.Seed001()).ScoreRecomputed);
    }

    [Fact]
    public void Seed002RowsRecomputeTo97BecauseItsRowsStateNoTargets()
    {
        Assert.Equal(97.00m, Checker.Check(SeedReports.Seed002()).ScoreRecomputed);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void SeedsWithoutScoringRowsHaveNoRecomputedScore(string seed)
    {
        Assert.Null(Checker.Check(Seed(seed)).ScoreRecomputed);
    }

    private static ExtractedReport Seed(string id) => SeedReports.All().Single(r => r.SourceName.StartsWith(id, StringComparison.Ordinal));
}
