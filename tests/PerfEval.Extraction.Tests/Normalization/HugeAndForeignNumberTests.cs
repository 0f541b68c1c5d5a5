using PerfEval.Extraction.Documents.TextTables;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Tests.Normalization;

/// <summary>Numbers too long for decimal and digits from other scripts: read as nothing, never a crash or a wrong value.</summary>
public sealed class HugeAndForeignNumberTests
{
    private static readonly string FortyDigits = new('9', 40);

    [Theory]
    [InlineData("١٢%")]
    [InlineData("٩٧.٥%")]
    [InlineData("۹۸%")]
    public void APercentWrittenInArabicIndicDigitsIsNotAPercent(string text)
    {
        Assert.Null(PercentParser.Parse(text));
        Assert.Null(PercentParser.Find("执行率" + text + "，"));
    }

    [Fact]
    public void AFortyDigitPercentIsNotAPercent()
    {
        Assert.Null(PercentParser.Parse(FortyDigits + "%"));
        Assert.Null(PercentParser.Find("预算执行率" + FortyDigits + "%"));
    }

    [Fact]
    public void AnAmountInYiTooLargeForDecimalIsNotConverted()
    {
        Assert.False(MoneyUnit.TryToWan(79_000_000_000_000_000_000_000_000m, "亿元", out _));
        Assert.True(MoneyUnit.TryToWan(1.5m, "亿元", out var wan));
        Assert.Equal(15_000m, wan);
    }

    [Fact]
    public void AnAmountInYiTooLargeForDecimalIsSkippedInText()
    {
        var found = AmountParser.FindAll("年初预算79000000000000000000000000亿元，执行150万元");

        Assert.Equal(150m, Assert.Single(found).Value);
        Assert.Null(AmountParser.ParseCell("79000000000000000000000000", "亿元"));
    }

    [Fact]
    public void AFortyDigitAmountIsNotAnAmount()
    {
        Assert.Empty(AmountParser.FindAll("年初预算" + FortyDigits + "万元"));
        Assert.Null(AmountParser.ParseCell(FortyDigits, "万元"));
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999.99%5")]
    [InlineData("310.2154.741050%99999999999999999999999999999999")]
    [InlineData("1.12.1100%99999999999999999999999999999999999999999")]
    public void AGluedRunWithALongDigitRunIsLeftUnsplit(string run) => Assert.Null(GluedCellSplitter.Split(run));

    [Fact]
    public void AGluedRunOfForeignDigitsIsNotGlued() => Assert.False(GluedCellSplitter.LooksGlued("١٠%٥%"));

    [Fact]
    public void AChineseNumeralBeyondDecimalIsNotANumber() =>
        Assert.False(ChineseNumerals.TryParse("九亿亿亿亿", out _));
}
