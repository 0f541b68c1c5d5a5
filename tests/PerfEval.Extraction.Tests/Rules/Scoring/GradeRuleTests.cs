namespace PerfEval.Extraction.Tests.Rules.Scoring;

public sealed class GradeRuleTests
{
    [Theory]
    [InlineData("最后评价结果为“优”。", "优")]
    [InlineData("评价结果100分，评定等次为优秀。", "优")]
    [InlineData("本次绩效评价综合得分97.00分，绩效评价等级为“优”。", "优")]
    [InlineData("经综合评价，该项目绩效评价等级为“良好”。", "良")]
    [InlineData("评价等级：中", "中")]
    [InlineData("综合评定为“合格”等次。", "中")]
    [InlineData("该项目被评定为差等级，需整改。", "差")]
    [InlineData("自评结果：优秀", "优")]
    [InlineData("|总分||||||100|94||\n|自评等级||||||优|||\n填表人：赵磊", "优")]
    public void StatedGradesAreNormalised(string text, string expected) =>
        Assert.Equal(expected, ScoringText.Extract(text).Grade);

    [Theory]
    [InlineData("评价等级分为优、良、中、差四个等级。")]
    [InlineData("评价等级为优、良、中、差。")]
    [InlineData("90分以上为优，80分至89分为良。")]
    [InlineData("评价结果将作为优化预算安排的依据。")]
    [InlineData("本单位自评得分97分。")]
    [InlineData("结果为中央财政资金提供参考。")]
    public void GradeScalesAndScoresWithoutAStatedGradeGiveNoGrade(string text) =>
        Assert.Null(ScoringText.Extract(text).Grade);

    [Fact]
    public void GradeEvidencePointsAtThePhrase()
    {
        const string text = "三、结论\n评价结果为“优”。";
        var report = ScoringText.Extract(text);

        var evidence = report.Evidence["grade"];
        Assert.Equal(text.IndexOf("评价结果", StringComparison.Ordinal), evidence.Offset);
        Assert.Contains("优", evidence.Quote, StringComparison.Ordinal);
    }
}
