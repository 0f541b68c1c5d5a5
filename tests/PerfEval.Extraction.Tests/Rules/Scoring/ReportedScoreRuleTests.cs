namespace PerfEval.Extraction.Tests.Rules.Scoring;

public sealed class ReportedScoreRuleTests
{
    [Theory]
    [InlineData("本次绩效评价综合得分97.00分，等级为优。", 97.00)]
    [InlineData("经评价，项目自评得分为 88.5 分。", 88.5)]
    [InlineData("评价小组综合评价，评价结果100分。", 100)]
    [InlineData("项目按绩效目标正常开展，项目自评评分100分。", 100)]
    [InlineData("采用百分制，总分100分，得分92分。", 92)]
    [InlineData("自评得分：95\n", 95)]
    [InlineData("该项目最终得分为“86”分。", 86)]
    [InlineData("经评价小组对各项指标综合评价，该项目得分99.6分，评价结果为“优”。", 99.6)]
    [InlineData("本单位整体得分为91分。", 91)]
    public void StatedTotalsAreRead(string text, double expected) =>
        Assert.Equal((decimal)expected, ScoringText.Extract(text).ScoreReported);

    [Theory]
    [InlineData("龙城街道2023年200万元以下项目支出绩效报告（自评）")]
    [InlineData("依据评分标准（满分为100分）逐项打分。")]
    [InlineData("预算执行率（10分）：执行率100%，该指标得分为10分。")]
    [InlineData("该项目得分率为95%。")]
    [InlineData("会议时长总分30分钟。")]
    [InlineData("预算执行率（10分）：执行率97%，得分为9.7分。")]
    [InlineData("总分\n100\n97\n")]
    public void ThresholdsMaximumsAndIndicatorScoresAreNotTotals(string text) =>
        Assert.Null(ScoringText.Extract(text).ScoreReported);

    [Fact]
    public void TheScoreEvidenceQuotesThePhrase()
    {
        const string text = "一、概况\n本单位整体支出绩效自评得分95分。";
        var report = ScoringText.Extract(text);

        var evidence = report.Evidence["scoreReported"];
        Assert.Equal("自评得分95分", evidence.Quote);
        Assert.Equal(text.IndexOf("自评得分", StringComparison.Ordinal), evidence.Offset);
    }

    [Fact]
    public void TwoDifferentStatedTotalsKeepTheFirstAndRaiseAnIssue()
    {
        var report = ScoringText.Extract("自评得分95分。\n……\n综合得分为93分。");

        Assert.Equal(95m, report.ScoreReported);
        Assert.Contains(report.Issues, i => i.Code == "score_conflict" && i.Evidence!.Quote.Contains("93", StringComparison.Ordinal));
    }
}
