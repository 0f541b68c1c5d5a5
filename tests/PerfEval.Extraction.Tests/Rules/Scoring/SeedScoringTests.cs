using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Tests.Documents;

namespace PerfEval.Extraction.Tests.Rules.Scoring;

/// <summary>The scoring facts of ../shared/seeds/expected.md, read from the seed reports.</summary>
public sealed class SeedScoringTests
{
    private static ExtractedReport Extract(string seed) => ReportExtractor.CreateDefault().Extract(SeedTextFiles.Load(seed));

    private static IndicatorRow Row(ExtractedReport report, string name) => report.Indicators.Single(r => r.Name == name);

    [Fact]
    public void Seed001HasNineRowsWeighing100AndScoring89WhileItsTotalSays97()
    {
        var report = Extract("001");

        Assert.Equal(9, report.Indicators.Count);
        Assert.Equal(100m, report.Indicators.Sum(r => r.Weight));
        Assert.Equal(89m, report.Indicators.Sum(r => r.Points));
        Assert.Equal(97m, report.ScoreReported);
        Assert.Null(report.Grade);
    }

    [Fact]
    public void Seed001RowsCarryTheirLevelsTargetsAndActuals()
    {
        var report = Extract("001");

        var missed = Row(report, "解决问题到位率");
        Assert.Equal(("产出指标", "质量指标", "=100%", "=97%", 15m, 15m), (missed.Level1, missed.Level2, missed.Target, missed.Actual, missed.Weight, missed.Points));
        var count = Row(report, "解决群众问题数量");
        Assert.Equal(("产出指标", "数量指标", "400个", "400个"), (count.Level1, count.Level2, count.Target, count.Actual));
        var satisfaction = Row(report, "群众满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "≥98%", "≥98%", 10m, 8m), (satisfaction.Level1, satisfaction.Level2, satisfaction.Target, satisfaction.Actual, satisfaction.Weight, satisfaction.Points));
        var cost = Row(report, "成本控制率");
        Assert.Equal(("成本指标", "经济成本指标", "≥96%", 10m, 1m), (cost.Level1, cost.Level2, cost.Actual, cost.Weight, cost.Points));
        var influence = Row(report, "带来的社会影响力");
        Assert.Equal(("成本指标", "社会成本指标", "定性", "良好"), (influence.Level1, influence.Level2, influence.Target, influence.Actual));
        Assert.Equal(("效益指标", "社会效益指标"), (Row(report, "整治经营性自建房安全隐患").Level1, Row(report, "整治经营性自建房安全隐患").Level2));
    }

    [Fact]
    public void Seed001ExecutionRowIsTheAnnualFundsRowScoredTenOfTen()
    {
        var report = Extract("001");

        var execution = Assert.Single(report.Indicators, r => r.IsExecutionRate);
        Assert.Equal(("年度资金总额", "100%", 10m, 10m), (execution.Name, execution.Actual, execution.Weight, execution.Points));
        Assert.Same(execution, report.Indicators[0]);
    }

    [Fact]
    public void Seed001EvidenceQuotesTheDocumentText()
    {
        var extracted = SeedTextFiles.Load("001");
        var report = ReportExtractor.CreateDefault().Extract(extracted);

        Assert.All(report.Indicators, r => Assert.Equal(r.Evidence!.Quote, extracted.Text.Substring(r.Evidence.Offset, r.Evidence.Quote.Length)));
        Assert.Contains("解决问题到位率", Row(report, "解决问题到位率").Evidence!.Quote, StringComparison.Ordinal);
        var score = report.Evidence["scoreReported"];
        Assert.StartsWith("总分", score.Quote, StringComparison.Ordinal);
        Assert.Contains("97", score.Quote, StringComparison.Ordinal);
        Assert.True(report.Evidence.ContainsKey("indicators"));
    }

    [Fact]
    public void Seed002NarrativeGivesTwelveIndicatorsWithExecutionScoredSevenOfTen()
    {
        var report = Extract("002");

        Assert.Equal(12, report.Indicators.Count);
        Assert.Equal(100m, report.Indicators.Sum(r => r.Weight));
        Assert.Equal(97m, report.Indicators.Sum(r => r.Points));
        var execution = Assert.Single(report.Indicators, r => r.IsExecutionRate);
        Assert.Equal(("预算执行率", 10m, 7m, "70.00%"), (execution.Name, execution.Weight, execution.Points, execution.Actual));
        Assert.Equal((5m, 5m), (Row(report, "政策知晓率").Weight, Row(report, "政策知晓率").Points));
    }

    [Fact]
    public void Seed002StatesTotal97AndGradeExcellent()
    {
        var report = Extract("002");

        Assert.Equal(97.00m, report.ScoreReported);
        Assert.Equal("优", report.Grade);
        Assert.Contains("综合得分97.00分", report.Evidence["scoreReported"].Quote, StringComparison.Ordinal);
        Assert.Contains("优", report.Evidence["grade"].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003Scores100WithoutRowsOrGradeAndIgnoresThe200WanThreshold()
    {
        var report = Extract("003");

        Assert.Equal(100m, report.ScoreReported);
        Assert.Contains("评分100分", report.Evidence["scoreReported"].Quote, StringComparison.Ordinal);
        Assert.Empty(report.Indicators);
        Assert.Null(report.Grade);
    }

    [Fact]
    public void Seed004Scores100GradedExcellentWithoutRows()
    {
        var report = Extract("004");

        Assert.Equal(100m, report.ScoreReported);
        Assert.Equal("优", report.Grade);
        Assert.Empty(report.Indicators);
        Assert.DoesNotContain(report.Issues, i => i.Code == "grade_conflict");
    }

    [Fact]
    public void Seed000StatesNoScoreNoGradeAndNoRows()
    {
        var report = Extract("000");

        Assert.Null(report.ScoreReported);
        Assert.Null(report.Grade);
        Assert.Empty(report.Indicators);
    }
}
