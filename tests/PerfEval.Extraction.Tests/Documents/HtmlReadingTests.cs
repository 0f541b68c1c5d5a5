using System.Text;
using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class HtmlReadingTests
{
    private static ReportText ReadPage() => DocumentReader.Read(TextDecoder.Gb18030.GetBytes(GovernmentPage.Html), "report.html");

    [Fact]
    public void AGb2312PageIsDecodedByItsDeclaredCharset()
    {
        var text = ReadPage();

        Assert.Equal("html", text.Format);
        Assert.Contains("2023年度株洲市芦淞区龙泉街道办事处整体支出绩效自评报告", text.Text, StringComparison.Ordinal);
        Assert.Contains(text.Notes, n => n.StartsWith("encoding: gb18030 (declared charset gb2312)", StringComparison.Ordinal));
    }

    [Fact]
    public void ScriptsStylesNavigationAndFooterAreDropped()
    {
        var text = ReadPage();

        Assert.DoesNotContain("不是正文", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("padding", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("网站地图", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("政务公开", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权所有", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EntitiesAreDecodedAndEscapedMarkupStaysText()
    {
        var text = ReadPage();

        Assert.Contains("\u00A0\u00A0一、部门（单位）基本情况\n", text.Text, StringComparison.Ordinal);
        Assert.Contains("支出1926.41万元。\n", text.Text, StringComparison.Ordinal);
        Assert.Contains("报告中出现的<script>alert(1)</script>只是文字 & 不执行\n第二行\n", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableWithColspanAndRowspanBecomesGridRowsWithCellOffsets()
    {
        var text = ReadPage();

        var table = Assert.Single(text.Tables, t => t.Origin == TableOrigin.Document);
        Assert.Equal("单位：万元", table.UnitHint);
        Assert.Equal(
            [["项目名称/1x2", "预算情况/3x1", "得分/1x2"], ["年初预算数/1x1", "全年预算数/1x1", "全年执行数/1x1"], ["年度资金总额/1x1", "573.38/1x1", "2673.41/1x1", "2673.41/1x1", "10/1x1"], ["总分/4x1", "97/1x1"]],
            table.Rows.Select(r => r.Cells.Select(c => $"{c.Text}/{c.ColSpan}x{c.RowSpan}").ToArray()).ToArray());
        Assert.Contains("项目名称\t预算情况\t\t\t得分\n\t年初预算数\t全年预算数\t全年执行数\t\n", text.Text, StringComparison.Ordinal);
        Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.Equal(c.Text, text.Text.Substring(c.Offset, c.Text.Length)));
    }

    [Fact]
    public void AUtf8PageMislabelledAsGb2312IsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>全年执行数13006.70万元，执行率70.00%</p></body></html>");

        var text = DocumentReader.Read(bytes, "mislabelled.htm");

        Assert.Equal("全年执行数13006.70万元，执行率70.00%\n", text.Text);
    }

    [Fact]
    public void UnclosedCellsAndRowsAreClosedLikeABrowserDoes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><table><tr><td>分值<td>得分<tr><td>10<td>7</table><p>后文</body></html>");

        var text = DocumentReader.Read(bytes, "sloppy.html");

        Assert.Equal("分值\t得分\n10\t7\n后文\n", text.Text);
        Assert.Equal([["分值", "得分"], ["10", "7"]], text.Tables.Single(t => t.Origin == TableOrigin.Document).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }
}
