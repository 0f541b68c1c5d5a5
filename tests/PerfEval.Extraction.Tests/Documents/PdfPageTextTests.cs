using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class PdfPageTextTests
{
    [Theory]
    [InlineData("2023年度株洲市芦淞区龙泉街道办事处整体支出\n绩效自评报告")]
    [InlineData("   年初预算数      全年预算数     全年执行数\n   573.38          2673.41        2673.41")]
    [InlineData("Budget execution rate 100% for fiscal year 2023, points 10 of 10, grade excellent overall.")]
    public void ATextLayerThatReadsAsAReportIsUsable(string page)
    {
        Assert.True(PdfPageText.IsUsable(page));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   - 3 -   ")]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 2023 \uFFFD\uFFFD\uFFFD")]
    [InlineData("\uE012\uE045\uE101\uE0FF\uE003\uE004\uE005 2673.41")]
    [InlineData("ÄêÄ©Ô¤ËãÊý ÈËÃñÕþ¸® Ö§³ö¹¤×÷±¨¸æ ½¨Éè¾­·Ñ ÔËÐÐ")]
    [InlineData("!\"#$%&'()*+,-./ !\"#$%&'()*+ ,-./!\"#$%&' ()*+,-./!\"# $%&'()*+,-./ 5 6 7")]
    public void AnEmptyOrGarbledTextLayerNeedsOcr(string page)
    {
        Assert.False(PdfPageText.IsUsable(page));
    }
}
