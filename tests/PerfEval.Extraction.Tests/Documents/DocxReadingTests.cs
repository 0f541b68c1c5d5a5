using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Extraction.Documents;
using static PerfEval.Extraction.Tests.Documents.WordDocumentBuilder;

namespace PerfEval.Extraction.Tests.Documents;

[Collection(ConvertedDocumentsCollection.Name)]
public sealed class DocxReadingTests(ConvertedDocumentsFixture converted)
{
    [Theory]
    [MemberData(nameof(SeedFacts.KeyFacts), MemberType = typeof(SeedFacts))]
    public void SeedsConvertedToDocxByLibreOfficeKeepTheirFacts(string seed, string fact)
    {
        var text = DocumentReader.Read(converted.PathOf(seed + ".docx"));

        Assert.Equal("docx", text.Format);
        Assert.Contains(fact, text.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedFiles.Names), MemberType = typeof(SeedFiles))]
    public void SeedConvertedToDocxHasEveryNonBlankLineOfTheTextInOrder(string seedName)
    {
        var original = DocumentReader.Read(SeedFiles.Path(seedName[..3]));
        var docx = DocumentReader.Read(converted.PathOf(seedName[..3] + ".docx"));

        var position = 0;
        foreach (var line in original.Lines.Select(l => l.Content.Trim()).Where(l => l.Length > 0))
        {
            var found = docx.Text.IndexOf(line, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"line not found in order: {line}");
            position = found + line.Length;
        }
    }

    [Fact]
    public void MergedCellsAreResolvedOntoTheGridAndEachCellOffsetIndexesIntoTheText()
    {
        var bytes = Build(
            Paragraph("单位：万元"),
            Table(
                Row(Cell("项目名称", vMerge: MergedCellValues.Restart), Cell("预算情况", gridSpan: 3)),
                Row(Continued(), Cell("年初预算数"), Cell("全年预算数"), Cell("全年执行数")),
                Row(Cell("年度资金总额"), Cell("573.38"), Cell("2673.41"), Cell("2673.41")),
                Row(Cell("总分", gridSpan: 3), Cell("97"))),
            Paragraph("二、存在的问题"));

        var text = DocumentReader.Read(bytes, "merged.docx");

        Assert.Equal(
            "单位：万元\n项目名称\t预算情况\t\t\n\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t573.38\t2673.41\t2673.41\n总分\t\t\t97\n二、存在的问题\n",
            text.Text);
        var table = Assert.Single(text.Tables, t => t.Origin == TableOrigin.Document);
        Assert.Equal("单位：万元", table.UnitHint);
        Assert.Equal(text.Text.IndexOf("项目名称", StringComparison.Ordinal), table.Offset);
        Assert.Equal(
            [["项目名称/1x2", "预算情况/3x1"], ["年初预算数/1x1", "全年预算数/1x1", "全年执行数/1x1"], ["年度资金总额/1x1", "573.38/1x1", "2673.41/1x1", "2673.41/1x1"], ["总分/3x1", "97/1x1"]],
            table.Rows.Select(r => r.Cells.Select(c => $"{c.Text}/{c.ColSpan}x{c.RowSpan}").ToArray()).ToArray());
        Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.Equal(c.Text, text.Text.Substring(c.Offset, c.Text.Length)));
    }

    [Fact]
    public void HeadersAndFootersAreIgnored()
    {
        var text = DocumentReader.Read(Build(Paragraph("正文第一段")), "headers.docx");

        Assert.Equal("正文第一段\n", text.Text);
        Assert.DoesNotContain("页眉", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("页脚", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANestedTableIsWrittenInsideItsCellAndListedAfterItsParent()
    {
        var inner = Table(Row(Cell("本年财政拨款"), Cell("2673.41")), Row(Cell("其他资金"), Cell("0")));
        var bytes = Build(Table(Row(Cell("资金来源"), Cell("其中", extra: inner)), Row(Cell("合计"), Cell("2673.41"))));

        var text = DocumentReader.Read(bytes, "nested.docx");

        Assert.Equal("资金来源\t其中 本年财政拨款 2673.41 其他资金 0\n合计\t2673.41\n", text.Text);
        var tables = text.Tables.Where(t => t.Origin == TableOrigin.Document).ToList();
        Assert.Equal(2, tables.Count);
        var nested = tables[1];
        Assert.Equal([["本年财政拨款", "2673.41"], ["其他资金", "0"]], nested.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
        Assert.All(nested.Rows.SelectMany(r => r.Cells), c => Assert.Equal(c.Text, text.Text.Substring(c.Offset, c.Text.Length)));
        Assert.Equal("其中 本年财政拨款 2673.41 其他资金 0", tables[0].Rows[0].Cells[1].Text);
    }

    [Fact]
    public void AutomaticOutlineNumbersAreWrittenAsTheReaderSeesThemAndBulletsAreDropped()
    {
        var bytes = Build(
            ChineseOutline(),
            Numbered("部门基本情况", 1, 0),
            Numbered("主要职能", 1, 1),
            Numbered("加强党的建设", 1, 2),
            Numbered("服务经济发展", 1, 2),
            Numbered("机构设置", 1, 1),
            Numbered("要点", 2, 0),
            Numbered("存在的问题", 1, 0),
            Numbered("资金拨付不及时", 1, 1));

        var text = DocumentReader.Read(bytes, "outline.docx");

        Assert.Equal("一、部门基本情况\n（一）主要职能\n1.加强党的建设\n2.服务经济发展\n（二）机构设置\n要点\n二、存在的问题\n（一）资金拨付不及时\n", text.Text);
    }

    [Fact]
    public void AnImportedHtmlChunkIsReadInPlaceWithItsTable()
    {
        var bytes = BuildWithHtmlChunk(TextDecoder.Gb18030.GetBytes(GovernmentPage.Html), "附件：");

        var text = DocumentReader.Read(bytes, "exported.docx");

        Assert.StartsWith("附件：\n2023年度株洲市芦淞区龙泉街道办事处整体支出绩效自评报告\n", text.Text, StringComparison.Ordinal);
        var table = Assert.Single(text.Tables, t => t.Origin == TableOrigin.Document);
        Assert.Equal(["年度资金总额", "573.38", "2673.41", "2673.41", "10"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Contains(text.Notes, n => n.Contains("imported HTML chunk, encoding: gb18030", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExplicitPageBreakStartsPageTwo()
    {
        var text = DocumentReader.Read(Build(Paragraph("封面"), PageBreak(), Paragraph("正文")), "pages.docx");

        Assert.Equal(1, text.Lines.Single(l => l.Content == "封面").Page);
        Assert.Equal(2, text.Lines.Single(l => l.Content == "正文").Page);
    }

    [Fact]
    public void TablesMergedByLibreOfficeFromAWebPageResolveLikeTheWebPage()
    {
        var text = DocumentReader.Read(converted.PathOf("page.docx"));

        var table = Assert.Single(text.Tables, t => t.Origin == TableOrigin.Document && t.Rows.Any(r => r.Cells.Any(c => c.Text == "年初预算数")));
        Assert.Equal(["项目名称/1x2", "预算情况/3x1", "得分/1x2"], table.Rows[0].Cells.Select(c => $"{c.Text}/{c.ColSpan}x{c.RowSpan}"));
        Assert.Equal(["年初预算数", "全年预算数", "全年执行数"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["年度资金总额", "573.38", "2673.41", "2673.41", "10"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Contains("\t年初预算数\t全年预算数\t全年执行数\t\n", text.Text, StringComparison.Ordinal);
    }
}
