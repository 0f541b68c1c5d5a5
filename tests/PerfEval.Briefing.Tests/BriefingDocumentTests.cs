using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Briefing.Docx;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace PerfEval.Briefing.Tests;

public sealed class BriefingDocumentTests
{
    [Fact]
    public void TheBriefingHasItsFiveNumberedSectionsAndTheFiguresInSentences()
    {
        using var document = Open(BriefingDocument.ToBytes(SampleBriefing.Create()));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Equal("株洲市芦淞区2023年度整体支出绩效自评情况分析简报", paragraphs[0]);
        Assert.Equal(
            ["一、总体情况", "二、执行率偏低的单位和自评分可能虚高的单位", "三、支出结构变化", "四、存在的主要问题", "五、附表"],
            paragraphs.Where(p => p.Length > 1 && "一二三四五".Contains(p[0], StringComparison.Ordinal) && p[1] == '、'));
        Assert.Contains("2023年度，株洲市芦淞区共3个单位提交整体支出绩效自评报告，较上年增加1个。", paragraphs);
        Assert.Contains("加权平均预算执行率74.4%，较上年下降15.6个百分点。", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("全年预算合计21,801.58万元，较上年增长9.0%", StringComparison.Ordinal));
    }

    [Fact]
    public void TablesCarryTheUnitsFiguresFormattedInWanYuan()
    {
        using var document = Open(BriefingDocument.ToBytes(SampleBriefing.Create()));
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var lowExecution = tables[0].Elements<TableRow>().Skip(1).Single().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["璧泉街道办事处", "18,580.25", "13,006.70", "70.0%", "97"], lowExecution.Take(5));

        var appendix = tables[^1].Elements<TableRow>().ToList();
        Assert.Equal(4, appendix.Count);
        Assert.Equal("—", appendix[3].Elements<TableCell>().ElementAt(1).InnerText);
        Assert.NotNull(appendix[0].TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void ChartsAreNativeWordChartsWithTheirDataEmbedded()
    {
        using var document = Open(BriefingDocument.ToBytes(SampleBriefing.Create()));
        var charts = document.MainDocumentPart!.ChartParts.ToList();
        Assert.Equal(3, charts.Count);

        var byTitle = charts.ToDictionary(c => c.ChartSpace.Descendants<C.Title>().Single().InnerText);
        var execution = byTitle["2023年各单位预算执行率"];
        Assert.NotNull(execution.ChartSpace.Descendants<C.BarChart>().SingleOrDefault());
        var categories = execution.ChartSpace.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ToList();
        Assert.Equal(["璧泉街道办事处", "龙泉街道办事处", "建宁街道办事处"], categories);
        var values = execution.ChartSpace.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text).ToList();
        Assert.Equal(["70.0", "100", "101.5"], values);

        var grades = byTitle["自评得分等级分布"];
        Assert.Equal(["2022年", "2023年"], grades.ChartSpace.Descendants<C.SeriesText>().Select(t => t.Descendants<C.NumericValue>().Single().Text));
        Assert.NotNull(byTitle["2023年支出类别占比"].ChartSpace.Descendants<C.PieChart>().SingleOrDefault());
        Assert.All(charts, c => Assert.NotNull(c.EmbeddedPackagePart));
    }

    [Fact]
    public void LibreOfficeConvertsTheBriefingToPdfAndPageOneRenders()
    {
        var (text, png) = Fixtures.OfficeRender.ToPdfAndPageOne(BriefingDocument.ToBytes(SampleBriefing.Create()), "sample-briefing");

        Assert.Contains("总体情况", text, StringComparison.Ordinal);
        Assert.Contains("21,801.58", text, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 5_000, "page 1 rendered empty");
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}

public sealed class BriefingValidityTests
{
    [Fact]
    public void TheDocumentIsValidAgainstTheOfficeSchemaSoWordOpensItWithoutRepair()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BriefingDocument.ToBytes(SampleBriefing.Create())), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct().Take(15)));
    }
}
