using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// The seeds are Word's text export; printed to PDF by LibreOffice, each leading tab becomes indentation and the
/// empty lines at a page break vanish. The tables must still read as they do from the text.
/// </summary>
[Collection(ConvertedDocumentsCollection.Name)]
public sealed class PrintedTextExportTests(ConvertedDocumentsFixture converted)
{
    private static string[] Texts(TableRow row) => [.. row.Cells.Select(c => c.Text)];

    private static TableRow RowWith(ReportText text, string cell) =>
        text.Tables.SelectMany(t => t.Rows).First(r => r.Cells.Any(c => c.Text == cell));

    [Fact]
    public void Seed001PrintedToPdfReadsItsSelfEvaluationTableRowByRow()
    {
        var text = DocumentReader.Read(converted.PathOf("001.pdf"));

        // The empty cells of the text export print as nothing, so the printed rows have none.
        Assert.Equal(["年度资金总额", "573.38", "2673.41", "2673.41", "10", "100%", "10"], Texts(RowWith(text, "年度资金总额")));
        Assert.Equal(["质量指标", "解决问题到位率", "=100%", "=97%", "15", "15"], Texts(RowWith(text, "解决问题到位率")));
        Assert.Equal(["产出指标(40分)", "数量指标", "解决群众问题数量", "400个", "400个", "15", "15"], Texts(RowWith(text, "解决群众问题数量")));
        Assert.Equal(["满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥98%", "≥98%", "10", "8"], Texts(RowWith(text, "群众满意度")));
        Assert.Equal(["公车运行维护", "0", "0", "0"], Texts(RowWith(text, "公车运行维护")));
    }

    [Fact]
    public void Seed003PrintedToPdfReadsItsProjectListInYuan()
    {
        var text = DocumentReader.Read(converted.PathOf("003.pdf"));

        Assert.Equal(["序号", "预算项目", "支出（元）"], Texts(RowWith(text, "预算项目")));
        Assert.Equal(["16", "职工食堂补助经费", "828,483.78"], Texts(RowWith(text, "职工食堂补助经费")));
        Assert.Equal(["合计", "3,902,733.78"], Texts(RowWith(text, "合计")));
    }

    [Fact]
    public void EmptyLinesLostAtAPageBreakAreCountedFromWhereTheLinesStand()
    {
        var pdf = converted.PathOf("001.pdf");
        var read = DocumentReader.Read(pdf);
        // The header row ends at the foot of one page; "年度资金总额" opens the next, below two empty lines.
        var page = read.Lines.First(l => l.Content.Contains("年度资金总额", StringComparison.Ordinal)).Page;

        var dropped = PdfPageTops.DroppedLines(pdf, [page], new DocumentReaderOptions(), CancellationToken.None);

        Assert.Equal(2, dropped[page]);
    }

    [Fact]
    public void AWordTablePrintedToPdfIsNotTakenForATextExport()
    {
        string[] page =
        [
            "          绩效指标     一级指标     二级指标     三级指标    年度指标     实际完成     分值       得分      偏差原因",
            "                   产出指标     数量指标    安全隐患     55 次     53 次     15       14.6    因项目实",
            "                   （50              排查次数                                        施周期延",
            "                                    面积       方米       方米",
            "          总分                                                   100      98.33",
        ];

        Assert.Null(PrintedTabIndent.Find([string.Join("\n", page)]));
    }

    [Fact]
    public void IndentedLinesGetTheirTabBackAndLoseTheFontChangeSpaces()
    {
        var page = string.Join("\n", [
            "         一、基本情况",
            .. Enumerable.Repeat("               数量指标\n               400 个\n", 5),
            "         2023年度单位一般公共预算财政拨款收入1926.41万元。",
            "                      其中：办公经费",
        ]);

        var indent = PrintedTabIndent.Find([page]);

        Assert.Equal(new PrintedTabIndent(9, 15), indent);
        var lines = indent!.Restore(page).Split('\n');
        Assert.Equal(["         一、基本情况", "\t数量指标", "\t400个"], lines[..3]);
        Assert.Equal("\t       其中：办公经费", lines[^1]);
        Assert.Equal("         2023年度单位一般公共预算财政拨款收入1926.41万元。", lines[^2]);
    }

    [Theory]
    [InlineData("我街道 6 个社区", "我街道6个社区")]
    [InlineData("400 个   400 个", "400个   400个")]
    [InlineData("执行率 100%，较 2022 年", "执行率100%，较2022年")]
    [InlineData("PPP 项目，共 3 个", "PPP项目，共3个")]
    [InlineData("         2023 年度", "         2023年度")]
    public void TheSpacePdftotextPutsWhereTheFontChangesIsDropped(string layout, string written) =>
        Assert.Equal(written, ScriptChangeSpaces.Remove(layout));
}
