using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// Word tables printed to PDF and read back by pdftotext: narrow cells wrap over several lines. The lines below
/// are pdftotext's output for generated reports printed by LibreOffice, kept column for column.
/// </summary>
public sealed class PrintedTableTests
{
    private static ReportText Pdf(params string[] lines) => PlainTextLayout.Build("case.pdf", "pdf", string.Join("\n", lines) + "\n");

    private static string[] Texts(TableRow row) => [.. row.Cells.Select(c => c.Text)];

    private static readonly string[] ScoringTable =
    [
        "          绩效指标     一级指标     二级指标     三级指标    年度指标     实际完成     分值       得分      偏差原因",
        "                                             值        值                         分析及改",
        "                                                                                进措施",
        "                   产出指标     数量指标    安全隐患     55 次     53 次     15       14.6    因项目实",
        "                   （50              排查次数                                        施周期延",
        "                   分）               维修道路     6418 平   6725 平   10       10",
        "                                    面积       方米       方米",
        "                            质量指标    补助对象     ≥98%     86.2%    10       8.8     因项目实",
        "                                    识别准确                                        施周期延",
        "                                    率                                           长，完成",
        "                                                                                目标值。",
        "          总分                                                   100      98.33",
    ];

    [Fact]
    public void WrappedCellsOfAScoringRowJoinIntoOneRow()
    {
        var table = Assert.Single(Pdf(ScoringTable).Tables);

        Assert.Equal(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], Texts(table.Rows[0]));
        Assert.Equal(["产出指标（50分）", "数量指标", "安全隐患排查次数", "55 次", "53 次", "15", "14.6", "因项目实施周期延"], Texts(table.Rows[1]));
        Assert.Equal(["维修道路面积", "6418 平方米", "6725 平方米", "10", "10"], Texts(table.Rows[2]));
        Assert.Equal(["质量指标", "补助对象识别准确率", "≥98%", "86.2%", "10", "8.8", "因项目实施周期延长，完成目标值。"], Texts(table.Rows[3]));
        Assert.Equal(["总分", "100", "98.33"], Texts(table.Rows[^1]));
    }

    [Fact]
    public void AFigureWrappedInANarrowColumnJoinsWithoutASpaceAndStackedRowsStayApart()
    {
        var table = Assert.Single(Pdf(
            "          年度资金                      年初预算     全年预算     全年执行     分值       执行率     得分",
            "          （元）                       数        数        数",
            "                   预算执行率            454394   482112   482112   10       100%    10",
            "                                    00.00    00.00    00.00",
            "                   其中：一般公共预算        —        482112   —        —        —       —",
            "                                             00.00",
            "                   其中：政府性基金         —        0.00     —        —        —       —").Tables);

        Assert.Equal(["年度资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], Texts(table.Rows[0]));
        Assert.Equal(["预算执行率", "45439400.00", "48211200.00", "48211200.00", "10", "100%", "10"], Texts(table.Rows[1]));
        Assert.Equal(["其中：一般公共预算", "—", "48211200.00", "—", "—", "—", "—"], Texts(table.Rows[2]));
        Assert.Equal(["其中：政府性基金", "—", "0.00", "—", "—", "—", "—"], Texts(table.Rows[3]));
    }

    [Fact]
    public void ALabelsLastCharacterBelowTheTableJoinsItButTheProseAfterItDoesNot()
    {
        var report = Pdf(
            "          项目         年初预算数       全年预算数      全年执行数      执行率         分值         得分",
            "          年度资金总      99.26       95.79      94.07      98.20%      10         9.82",
            "          额",
            "          二、绩效目标完成情况");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["年度资金总额", "99.26", "95.79", "94.07", "98.20%", "10", "9.82"], Texts(table.Rows[1]));
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void AUnitWrappedUnderItsFigureJoinsIt()
    {
        var table = Assert.Single(Pdf(
            "          绩效指标     一级指标     二级指标    三级指标     年度指标     实际完成     分值       得分      偏差原因",
            "                   产出指标     数量指标    维修道路     10529    10595    20       20",
            "                   （50              面积       平方米      平方米",
            "                   分）               解决群众     388 个    403 个    20       20",
            "                                    问题数量").Tables);

        Assert.Equal(["产出指标（50分）", "数量指标", "维修道路面积", "10529平方米", "10595平方米", "20", "20"], Texts(table.Rows[1]));
        Assert.Equal(["解决群众问题数量", "388 个", "403 个", "20", "20"], Texts(table.Rows[2]));
    }

    [Fact]
    public void AWholeAmountIsNotContinuedByTheNextRowsAmountThoughItsNameFilledItsColumn()
    {
        var table = Assert.Single(Pdf(
            "          5                         社区惠民资金                     49,774.81",
            "          6                         离退休干部党组织工作经费               130,544.92",
            "          7                         村社区信息经费                    41,387.84",
            "          合计                                                   221,707.57").Tables);

        Assert.Equal(["6", "离退休干部党组织工作经费", "130,544.92"], Texts(table.Rows[1]));
        Assert.Equal(["7", "村社区信息经费", "41,387.84"], Texts(table.Rows[2]));
    }

    [Fact]
    public void AnAmountCutAfterOneDecimalStillJoinsItsLastDigit()
    {
        var table = Assert.Single(Pdf(
            "          年度资金                      年初预算     全年预算     全年执行     分值       执行率     得分",
            "          （万元）                      数        数        数",
            "                   预算执行率            627.15   2452.1   2444.8   10       99.70%   9.97",
            "                                             6",
            "                   其中：一般公共预算        —        2216.7   —        —        —       —",
            "                                             5").Tables);

        Assert.Equal(["预算执行率", "627.15", "2452.16", "2444.8", "10", "99.70%", "9.97"], Texts(table.Rows[1]));
        Assert.Equal(["其中：一般公共预算", "—", "2216.75", "—", "—", "—", "—"], Texts(table.Rows[2]));
    }

    [Fact]
    public void TheSameLinesInATextFileAreNotJoined()
    {
        var text = PlainTextLayout.Build("case.txt", "txt", string.Join("\n", ScoringTable) + "\n");

        var cells = text.Tables.SelectMany(t => t.Rows).SelectMany(Texts).ToList();
        Assert.Contains("安全隐患", cells);
        Assert.DoesNotContain("安全隐患排查次数", cells);
    }
}
