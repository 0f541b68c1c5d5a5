using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Tests.Normalization;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("执行数为547.92万元。", "547.92", "547.92", "万元")]
    [InlineData("年初预算13,245.05万元", "13245.05", "13245.05", "万元")]
    [InlineData("政府性基金预算支出1769.87元", "0.176987", "1769.87", "元")]
    [InlineData("合计3,902,733.78元", "390.273378", "3902733.78", "元")]
    [InlineData("总投资1.2亿元", "12000", "1.2", "亿元")]
    [InlineData("全年预算150万，", "150", "150", "万")]
    [InlineData("全年预算150万", "150", "150", "万")]
    [InlineData("办公费3千元", "0.3", "3", "千元")]
    [InlineData("年初预算１２３．４５万元", "123.45", "123.45", "万元")]
    [InlineData("补助十二万元", "12", "12", "万元")]
    [InlineData("印制费两千元", "0.2", "2000", "元")]
    [InlineData("共计一亿二千万元", "12000", "12000", "万元")]
    [InlineData("补贴八万三千元", "8.3", "83000", "元")]
    [InlineData("经费三百五十万元", "350", "350", "万元")]
    [InlineData("经费三点五万元", "3.5", "3.5", "万元")]
    public void AmountsComeOutInWanWithTheNumberAndUnitAsWritten(string text, string wan, string raw, string unit)
    {
        var amount = Assert.Single(AmountParser.FindAll(text));
        Assert.Equal(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), amount.RawNumber);
        Assert.Equal(unit, amount.RawUnit);
    }

    [Fact]
    public void OffsetsPointAtTheWrittenAmountEvenWithFullWidthDigits()
    {
        const string Text = "本项目年初预算１２３．４５万元，实际支出100万元";
        var amounts = AmountParser.FindAll(Text);
        Assert.Equal(["１２３．４５万元", "100万元"], amounts.Select(a => Text.Substring(a.Offset, a.Length)));
    }

    [Theory]
    [InlineData("覆盖人口2万人")]
    [InlineData("服务5万户居民")]
    [InlineData("建设面积1.2万平方米")]
    [InlineData("数十万元的投入")]
    [InlineData("2023年12月31日")]
    [InlineData("执行率100%")]
    public void CountsDatesAndVagueFiguresAreNotAmounts(string text) => Assert.Empty(AmountParser.FindAll(text));

    [Theory]
    [InlineData("龙城街道2023年200万元以下项目")]
    [InlineData("5000元以上资金支出事前报请")]
    [InlineData("单笔不超过10万元")]
    [InlineData("10万元（含）以下")]
    public void ThresholdsAreMarked(string text) => Assert.True(Assert.Single(AmountParser.FindAll(text)).IsThreshold);

    [Theory]
    [InlineData("约50万元")]
    [InlineData("400余万元")]
    public void ApproximationsAreMarked(string text) => Assert.True(Assert.Single(AmountParser.FindAll(text)).IsApproximate);

    [Theory]
    [InlineData("325,067.00", "元", "32.5067", "元")]
    [InlineData("2673.41", "万元", "2673.41", "万元")]
    [InlineData("150万", "元", "150", "万")]
    [InlineData(" ¥1,000 ", "元", "0.1", "元")]
    public void ACellsOwnUnitWinsOverTheTablesHint(string cell, string hint, string wan, string unit)
    {
        var amount = AmountParser.ParseCell(cell, hint);
        Assert.NotNull(amount);
        Assert.Equal(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(unit, amount.RawUnit);
    }

    [Theory]
    [InlineData("2673.41")]
    [InlineData("12,3456")]
    [InlineData("年度资金总额")]
    public void ACellWithoutAUnitOrANumberIsNotRead(string cell) => Assert.Null(AmountParser.ParseCell(cell, null));
}
