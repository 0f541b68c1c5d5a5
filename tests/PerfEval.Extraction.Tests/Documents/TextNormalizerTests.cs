using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class TextNormalizerTests
{
    [Fact]
    public void KangxiRadicalsFromPdfTextLayersBecomeTheIdeographsTheyLookLike()
    {
        Assert.Equal("一般公共预算支出1926.41万元，日常", TextNormalizer.MapRadicalsToIdeographs("\u2F00般公共预算\u2F40出1926.41万元，\u2F47常"));
    }

    [Fact]
    public void FullWidthCharactersAndNbspAreKeptAsWritten()
    {
        const string text = "得分：９７分\u00A0\u3000（优）";

        Assert.Equal(text, TextNormalizer.Normalize(text));
        Assert.Equal(text, TextNormalizer.MapRadicalsToIdeographs(text));
    }

    [Fact]
    public void OcrSpacesBetweenChineseCharactersAreJoinedButSpacesBetweenNumbersStay()
    {
        Assert.Equal("年初预算数 573.38 2673.41\n得分97", PdfPageOcr.JoinChineseCharacters("年 初 预 算 数 573.38 2673.41\n得 分97"));
    }
}
