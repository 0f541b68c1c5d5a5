using PerfEval.Extraction.Checks;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class ParsedQuantityTests
{
    [Theory]
    [InlineData("≥98%", Comparator.AtLeast, "98", "%")]
    [InlineData("=97%", Comparator.Equal, "97", "%")]
    [InlineData("＝97％", Comparator.Equal, "97", "%")]
    [InlineData("97.0", Comparator.None, "97.0", "")]
    [InlineData("400个", Comparator.None, "400", "个")]
    [InlineData("13,776户", Comparator.None, "13776", "户")]
    [InlineData("≤5%", Comparator.AtMost, "5", "%")]
    [InlineData("5%以内", Comparator.AtMost, "5", "%")]
    [InlineData("95%以上", Comparator.AtLeast, "95", "%")]
    [InlineData("不低于95%", Comparator.AtLeast, "95", "%")]
    [InlineData("＞90％", Comparator.MoreThan, "90", "%")]
    [InlineData("<3次", Comparator.LessThan, "3", "次")]
    [InlineData("达到100%", Comparator.None, "100", "%")]
    [InlineData("280万元", Comparator.None, "280", "万元")]
    [InlineData("十二个", Comparator.None, "12", "个")]
    [InlineData("两千户", Comparator.None, "2000", "户")]
    [InlineData("一百零五人", Comparator.None, "105", "人")]
    [InlineData("十二万元", Comparator.None, "12", "万元")]
    [InlineData("≥三十八名", Comparator.AtLeast, "38", "名")]
    public void CellsAreReadAsOneComparisonOfOneNumber(string cell, Comparator comparator, string value, string unit)
    {
        var parsed = ParsedQuantity.Parse(cell);

        Assert.NotNull(parsed);
        Assert.Equal(comparator, parsed.Comparator);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(unit, parsed.Unit);
    }

    [Theory]
    [InlineData("定性")]
    [InlineData("是否及时")]
    [InlineData("较上年增长5%")]
    [InlineData("一般")]
    [InlineData("")]
    [InlineData(null)]
    public void CellsThatAreNotOneNumberAreNotRead(string? cell)
    {
        Assert.Null(ParsedQuantity.Parse(cell));
    }

    [Fact]
    public void ASentenceWithOneNumberIsReadLeniently()
    {
        var parsed = ParsedQuantity.ParseLenient("经调研，群众满意度达90%");

        Assert.Equal(90m, parsed?.Value);
        Assert.Equal("%", parsed?.Unit);
    }

    [Fact]
    public void ASentenceWithTwoNumbersIsNotGuessedAt()
    {
        Assert.Null(ParsedQuantity.ParseLenient("2023年群众满意度达90%"));
    }
}
