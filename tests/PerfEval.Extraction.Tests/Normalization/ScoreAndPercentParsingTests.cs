using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Tests.Normalization;

public sealed class ScoreAndPercentParsingTests
{
    [Theory]
    [InlineData("15", 15.0)]
    [InlineData(" 19.6 ", 19.6)]
    [InlineData("97.00", 97.00)]
    [InlineData("10分", 10.0)]
    [InlineData("１５", 15.0)]
    public void ScoresAreReadAsWritten(string text, double expected) => Assert.Equal((decimal)expected, ScoreNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("——")]
    [InlineData("400个")]
    [InlineData("100%")]
    [InlineData("是否及时")]
    [InlineData("310.2154.74")]
    public void TextThatIsNotOneScoreIsNull(string text) => Assert.Null(ScoreNumber.Parse(text));

    [Theory]
    [InlineData("70%", 70.0, null)]
    [InlineData("70.00%", 70.00, null)]
    [InlineData("=97%", 97.0, "=")]
    [InlineData("≥98%", 98.0, "≥")]
    [InlineData("＜5％", 5.0, "<")]
    [InlineData(">=90%", 90.0, ">=")]
    public void PercentagesKeepTheirComparator(string text, double value, string? comparator) =>
        Assert.Equal(new PercentValue((decimal)value, comparator), PercentParser.Parse(text));

    [Fact]
    public void APercentageInsideASentenceIsFoundWithItsPosition()
    {
        var found = PercentParser.Find("全年执行13,006.70万元，预算执行率70.00%，得分7分");

        Assert.NotNull(found);
        Assert.Equal(70.00m, found.Value.Value.Value);
        Assert.Equal("70.00%", "全年执行13,006.70万元，预算执行率70.00%，得分7分".Substring(found.Value.Index, found.Value.Length));
    }

    [Theory]
    [InlineData("310.2154.741050%5", "310.2|154.74|10|50%|5")]
    [InlineData("573.382673.412673.4110100%10", "573.38|2673.41|2673.41|10|100%|10")]
    [InlineData("200240228995%9.5", null)]
    [InlineData("161.04176.34176.3410100%10", "161.04|176.34|176.34|10|100%|10")]
    [InlineData("2,748.472,913.382,152.991073.90%7.39", "2,748.47|2,913.38|2,152.99|10|73.90%|7.39")]
    public void GluedBudgetFiguresSplitOnlyIntoTheOneConsistentReading(string run, string? expected)
    {
        var tokens = GluedCellSplitterResult(run);

        Assert.Equal(expected, tokens);
    }

    [Theory]
    [InlineData("100%", false)]
    [InlineData("2023.12.31", false)]
    [InlineData("310.2154.741050%5", true)]
    [InlineData("96%9.6", true)]
    public void OnlyRunsThatCannotBeOneFigureLookGlued(string run, bool glued) =>
        Assert.Equal(glued, PerfEval.Extraction.Documents.TextTables.GluedCellSplitter.LooksGlued(run));

    private static string? GluedCellSplitterResult(string run) =>
        PerfEval.Extraction.Documents.TextTables.GluedCellSplitter.Split(run) is { } tokens ? string.Join('|', tokens) : null;
}
