namespace PerfEval.Extraction.Tests.Rules.Scoring;

public sealed class NarrativeIndicatorsRuleTests
{
    [Fact]
    public void WeightWrittenAsFenZhiIsReadToo()
    {
        var report = ScoringText.Extract("""
            1.预算执行率指标，分值10分，预算执行率为98%，得分9.8分。
            2.产出数量指标，分值40分，全部完成，得分40分。
            """);

        Assert.Equal(2, report.Indicators.Count);
        Assert.Equal(("预算执行率指标", 10m, 9.8m, true), (report.Indicators[0].Name, report.Indicators[0].Weight, report.Indicators[0].Points, report.Indicators[0].IsExecutionRate));
        Assert.Equal(("产出数量指标", 40m, 40m), (report.Indicators[1].Name, report.Indicators[1].Weight, report.Indicators[1].Points));
    }

    [Fact]
    public void TargetAndAchievedValueToldInTheParagraphAreRead()
    {
        var report = ScoringText.Extract("""
            2. 开展入户走访户数（10分）
            2021年，我街道该项指标年度目标为1170户，实际完成1041户，该指标得分为10分。
            3. 发放补助人次（5分）
            2021年，我街道按计划推进相关工作，发放补助人次实际达到594人次，该指标得分为5分。
            """);

        Assert.Equal(("1170户", "1041户"), (report.Indicators[0].Target, report.Indicators[0].Actual));
        Assert.Equal((null, "594人次"), (report.Indicators[1].Target, report.Indicators[1].Actual));
    }

    [Fact]
    public void AnIndicatorWhosePointsAreNotWrittenKeepsNullPoints()
    {
        var report = ScoringText.Extract("（一）产出指标（50分）：全年完成各项任务。\n\n\n\n（二）效益指标（40分）：效果明显，得分38分。");

        Assert.Equal(2, report.Indicators.Count);
        Assert.Null(report.Indicators[0].Points);
        Assert.Equal(38m, report.Indicators[1].Points);
    }

    [Fact]
    public void PointsAboveTheWeightAreNotTakenAsTheIndicatorsPoints()
    {
        var report = ScoringText.Extract("群众满意度（10分）：调查显示满意度较高，本项目综合得分95分。");

        var row = Assert.Single(report.Indicators);
        Assert.Null(row.Points);
        Assert.Equal(95m, report.ScoreReported);
    }

    [Fact]
    public void NarrativeIsIgnoredWhenTheScoringTableGaveRows()
    {
        var report = ScoringText.Extract("""
            预算执行率（10分）：得分为7分。
            一级指标  二级指标  三级指标  分值  得分
            产出指标  数量指标  完成户数  60  60
            满意度指标  满意度  群众满意度  40  38
            """);

        Assert.Equal(["完成户数", "群众满意度"], report.Indicators.Select(r => r.Name));
    }

    [Fact]
    public void ScoringRulesAndMaximumsInProseAreNotIndicators()
    {
        var report = ScoringText.Extract("评分标准：（满分10分）按完成比例计分。\n绩效评价（100分）分为四部分。");

        Assert.Empty(report.Indicators);
    }
}
