using PerfEval.Extraction.Checks;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class TargetComparisonTests
{
    private static TargetAssessment Assess(string? target, string? actual, string name = "指标", CheckConfiguration? config = null) =>
        TargetComparison.Assess(name, target, actual, config ?? CheckConfiguration.Default);

    [Theory]
    [InlineData("≥96%", "97.0")]
    [InlineData("≥96%", "96%")]
    [InlineData("≥96%", "95.99%")]
    [InlineData("=97%", "97%")]
    [InlineData("=100%", "100.00%")]
    [InlineData("97%", "97.0%")]
    [InlineData(">90%", "95%")]
    [InlineData("400个", "400个")]
    [InlineData("400个", "412")]
    [InlineData("13,776户", "13776户")]
    [InlineData("≥98%", "≥98%")]
    [InlineData("100%", "完成")]
    public void QuantitativeTargetsReachedWithinRoundingAreMet(string target, string actual)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetOutcome.Met, result.Outcome);
        Assert.Equal(1m, result.Completion);
    }

    [Theory]
    [InlineData("=100%", "=97%", "0.97")]
    [InlineData("≥96%", "95.98%", "0.9997916666666666666666666667")]
    [InlineData("400个", "380个", "0.95")]
    [InlineData("≥98%", "≥96%", "0.9795918367346938775510204082")]
    public void UnmetQuantitativeTargetsEarnTheirCompletionRatio(string target, string actual, string completion)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetOutcome.Unmet, result.Outcome);
        Assert.Equal(TargetKind.Quantitative, result.Kind);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), result.Completion);
    }

    [Theory]
    [InlineData("是否及时", "及时", TargetOutcome.Met, "1")]
    [InlineData("隐患是否消除", "消除", TargetOutcome.Met, "1")]
    [InlineData("是否优化", "优化", TargetOutcome.Met, "1")]
    [InlineData("是", "是", TargetOutcome.Met, "1")]
    [InlineData("是否及时", "不及时", TargetOutcome.Unmet, "0.5")]
    [InlineData("隐患是否消除", "未消除", TargetOutcome.Unmet, "0.5")]
    [InlineData("是", "否", TargetOutcome.Unmet, "0.5")]
    [InlineData("是否完成", "基本完成", TargetOutcome.Unmet, "0.8")]
    public void YesNoTargetsAreJudgedByTheWordTheyAskFor(string target, string actual, TargetOutcome outcome, string completion)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetKind.YesNo, result.Kind);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), result.Completion);
    }

    [Theory]
    [InlineData("定性", "良好", TargetOutcome.Met, "1")]
    [InlineData("效果显著", "达到预期", TargetOutcome.Met, "1")]
    [InlineData("定性", "基本达到", TargetOutcome.Unmet, "0.8")]
    [InlineData("定性", "部分完成", TargetOutcome.Unmet, "0.8")]
    [InlineData("定性", "未达到", TargetOutcome.Unmet, "0.5")]
    [InlineData("定性", "较差", TargetOutcome.Unmet, "0.5")]
    public void QualitativeTargetsFallInTheTopOfTheirNationalBand(string target, string actual, TargetOutcome outcome, string completion)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetKind.Qualitative, result.Kind);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), result.Completion);
    }

    [Theory]
    [InlineData("不超预算", "未超预算", TargetOutcome.Met, "1")]
    [InlineData("不超过预算", "没有超过预算", TargetOutcome.Met, "1")]
    [InlineData("不发生安全事故", "未发生", TargetOutcome.Met, "1")]
    [InlineData("不超预算", "超出预算", TargetOutcome.Unmet, "0.5")]
    public void ALimitTargetIsMetByAnActualThatStaysWithinIt(string target, string actual, TargetOutcome outcome, string completion)
    {
        var result = Assess(target, actual);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(decimal.Parse(completion, System.Globalization.CultureInfo.InvariantCulture), result.Completion);
    }

    [Theory]
    [InlineData("100%", "未完成")]
    [InlineData("400个", "部分完成")]
    public void AWordedActualThatMissesANumericTargetIsUnmetByAnUnknownAmount(string target, string actual)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetOutcome.Unmet, result.Outcome);
        Assert.Null(result.Completion);
    }

    [Fact]
    public void CountsWrittenInChineseNumeralsCompareWithDigits()
    {
        Assert.Equal(TargetOutcome.Met, Assess("十二个", "12个").Outcome);
        Assert.Equal(0.75m, Assess("≥两千户", "1500户").Completion);
    }

    [Fact]
    public void QualitativeBandValuesComeFromConfiguration()
    {
        var config = CheckConfiguration.Default with { QualitativeBands = new QualitativeBands { Partial = 0.65m } };

        Assert.Equal(0.65m, Assess("定性", "基本达到", config: config).Completion);
    }

    [Theory]
    [InlineData(null, "97%")]
    [InlineData("97%", null)]
    [InlineData("较上年增长5%", "6%")]
    [InlineData("400个", "95%")]
    [InlineData("定性", "详见报告")]
    [InlineData("≥95%", "很多")]
    public void TargetsThatCannotBeComparedAreUnknownNotGuessed(string? target, string? actual)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetOutcome.Unknown, result.Outcome);
        Assert.Null(result.Completion);
    }

    [Theory]
    [InlineData("≤5%", "3%")]
    [InlineData("≤5%", "5.01%")]
    [InlineData("5%以内", "5%")]
    [InlineData("<3次", "2次")]
    public void ReverseTargetsAreMetAtOrBelowTheTarget(string target, string actual)
    {
        var result = Assess(target, actual);

        Assert.Equal(TargetKind.Reverse, result.Kind);
        Assert.Equal(TargetOutcome.Met, result.Outcome);
    }

    [Fact]
    public void AMissedReverseTargetEarnsTargetOverActualByDefault()
    {
        var result = Assess("≤5%", "10%");

        Assert.Equal(TargetOutcome.Unmet, result.Outcome);
        Assert.Equal(0.5m, result.Completion);
    }

    [Fact]
    public void TheReverseFormulaCanBeTheRelativeExcess()
    {
        var config = CheckConfiguration.Default with { ReverseFormula = ReverseFormula.RelativeExcess };

        Assert.Equal(0.8m, Assess("≤5%", "6%", config: config).Completion);
        Assert.Equal(0m, Assess("≤5%", "12%", config: config).Completion);
    }

    [Fact]
    public void ARelativeExcessOverATinyTargetIsZeroNotAnOverflow()
    {
        var config = CheckConfiguration.Default with { ReverseFormula = ReverseFormula.RelativeExcess };

        Assert.Equal(0m, Assess("≤0.0000000000000000000001次", "5000000次", config: config).Completion);
    }

    [Fact]
    public void AnIndicatorNamedForAccidentsIsReverseEvenWithoutASign()
    {
        var met = Assess("0次", "0次", "森林火灾发生次数");
        var missed = Assess("0次", "2次", "森林火灾发生次数");

        Assert.Equal((TargetKind.Reverse, TargetOutcome.Met), (met.Kind, met.Outcome));
        Assert.Equal((TargetKind.Reverse, TargetOutcome.Unmet, 0m), (missed.Kind, missed.Outcome, missed.Completion));
    }

    [Fact]
    public void ACostRateWithAtLeastIsNotReverse()
    {
        Assert.Equal(TargetKind.Quantitative, Assess("≥98%", "≥96%", "成本控制率").Kind);
    }
}
