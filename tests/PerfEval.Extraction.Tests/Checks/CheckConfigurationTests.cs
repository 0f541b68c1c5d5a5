using PerfEval.Extraction.Checks;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class CheckConfigurationTests
{
    [Fact]
    public void TheEmbeddedConfigurationWithCommentsLoads()
    {
        var config = CheckConfiguration.Default;

        Assert.Equal(0.01m, config.Tolerance);
        Assert.Equal(85m, config.LowExecutionBelow);
        Assert.Equal(2m, config.LargeAdjustmentRatio);
        Assert.Equal(0.05m, config.Warning.RedGapShare);
        Assert.Equal(["优", "良", "中", "差"], config.Grades.Select(g => g.Grade));
        Assert.Equal(0.8m, config.QualitativeBands.Partial);
        Assert.Contains("良好", config.QualitativeWords.Achieved);
        Assert.Contains(config.SumRelations, r => r.Total == "spending_total" && r.Parts.Contains("government_fund_spending"));
        Assert.Equal(4, config.Peers.MinPeers);
    }

    [Fact]
    public void AnOverrideFileKeepsDefaultsForWhatItDoesNotSay()
    {
        var config = CheckConfiguration.Parse("""
            // stricter district
            { "lowExecutionBelow": 90, /* stay */ "warning": { "redGapShare": 0.1 }, }
            """);

        Assert.Equal(90m, config.LowExecutionBelow);
        Assert.Equal(0.1m, config.Warning.RedGapShare);
        Assert.Equal(0.2m, config.Warning.YellowUnspentShare);
        Assert.Equal(0.01m, config.Tolerance);
    }

    [Fact]
    public void TheDefaultCheckerRunsEveryPerReportRuleOnce()
    {
        var ids = ReportChecker.CreateDefault().Checks.Select(c => c.Id).ToList();

        Assert.Equal(17, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
