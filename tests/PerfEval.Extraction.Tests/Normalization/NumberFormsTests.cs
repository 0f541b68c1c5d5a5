using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Tests.Normalization;

public sealed class NumberFormsTests
{
    [Theory]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("两千", 2000)]
    [InlineData("一万零五百", 10500)]
    [InlineData("三百五十万", 3_500_000)]
    [InlineData("一亿二千万", 120_000_000)]
    [InlineData("三点五", 3.5)]
    public void ChineseNumeralsParse(string text, double expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("13,245.05", 13245.05)]
    [InlineData("１２３．４５", 123.45)]
    [InlineData("0", 0)]
    public void ArabicNumbersParseWithSeparatorsAndFullWidthDigits(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public void SeparatorsThatDoNotGroupByThreeAreRejected() => Assert.False(NumberText.TryParse("1,23.5", out _));

    [Theory]
    [InlineData("单位：万元", "万元")]
    [InlineData("金额单位：元", "元")]
    [InlineData("支出（元）", "元")]
    [InlineData("年度预算申请（万元）", "万元")]
    [InlineData("(单位:亿元)", "亿元")]
    [InlineData("标准（元/人）", null)]
    [InlineData("预算项目", null)]
    public void DeclaredUnitsAreFoundInHeadingsAndUnitLines(string text, string? unit) => Assert.Equal(unit, MoneyUnit.FindDeclared(text));

    [Theory]
    [InlineData("预算执行率70.00%", 70.00, null)]
    [InlineData("=97%", 97, "=")]
    [InlineData("≥98％", 98, "≥")]
    public void PercentagesParseWithTheirComparator(string text, double value, string? comparator)
    {
        var found = PercentParser.Find(text);
        Assert.NotNull(found);
        Assert.Equal((decimal)value, found.Value.Value.Value);
        Assert.Equal(comparator, found.Value.Value.Comparator);
    }
}
