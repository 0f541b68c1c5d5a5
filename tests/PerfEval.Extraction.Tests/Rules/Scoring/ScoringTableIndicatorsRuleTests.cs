using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Rules.Scoring;

public sealed class ScoringTableIndicatorsRuleTests
{
    [Fact]
    public void DocxCellsSpanningColumnsAreLaidOnTheGrid()
    {
        const string text = "一级指标 二级指标 三级指标 分值 得分 产出指标 数量指标 完成户数 90 85 总分 90 85";
        TableCell C(string s, int span = 1) => new(s, text.IndexOf(s, StringComparison.Ordinal), span);
        var table = new TextTable(0, 0, 1,
        [
            new TableRow([C("一级指标"), C("二级指标"), C("三级指标"), C("分值"), C("得分")]),
            new TableRow([C("产出指标"), C("数量指标"), C("完成户数"), C("90"), C("85")]),
            new TableRow([C("总分", 3), new TableCell("90", text.LastIndexOf("90", StringComparison.Ordinal)), new TableCell("85", text.LastIndexOf("85", StringComparison.Ordinal))]),
        ]);
        var report = ScoringText.Extract(new ReportText
        {
            SourceName = "case.docx",
            Format = "docx",
            Text = text,
            Lines = [new TextLine(0, 0, text, 1)],
            Tables = [table],
        });

        var row = Assert.Single(report.Indicators);
        Assert.Equal(("产出指标", "数量指标", "完成户数", 90m, 85m), (row.Level1, row.Level2, row.Name, row.Weight, row.Points));
        Assert.Equal(85m, report.ScoreReported);
    }

    [Fact]
    public void ARowWhoseFiguresCannotBeReadIsReportedAsAnIssue()
    {
        var report = ScoringText.Extract("""
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 完成户数 | 400户 | 400户 | 50 | 50 |
            | 效益指标 | 社会效益 | 居民受益 | 400户400户5045 |
            | 总分 | | | | | 100 | 95 |
            """);

        Assert.Single(report.Indicators);
        var issue = Assert.Single(report.Issues, i => i.Code == "scoring_row_unreadable");
        Assert.Contains("居民受益", issue.Evidence!.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void AFirstLevelNameOnARowOfItsOwnHeadsTheRowsBelowIt()
    {
        var report = ScoringText.Extract("""
            | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
            | 产出指标 | 数量指标 | 完成户数 | 400户 | 400户 | 50 | 50 |
            | 效益指标（30分） |
            | 社会效益 | 居民受益 | 明显 | 明显 | 30 | 28 |
            | 总分 | | | | | 80 | 78 |
            """);

        Assert.Equal(2, report.Indicators.Count);
        Assert.Equal(("效益指标", "社会效益", "居民受益"), (report.Indicators[1].Level1, report.Indicators[1].Level2, report.Indicators[1].Name));
    }

    [Fact]
    public void TablesWithoutScoringHeadersGiveNoIndicators()
    {
        var report = ScoringText.Extract("\t序号\n\t项目\n\t金额\n\n\t1\n\t办公费\n\t10\n\n\t合计\n\t\n\t10\n");

        Assert.Empty(report.Indicators);
        Assert.Null(report.ScoreReported);
    }

    [Fact]
    public void FiguresBeforeTheWeightAreTargetAndActualEvenWhenTheHeaderLostThoseTitles()
    {
        var report = ScoringText.Extract("""
            一级指标  二级指标  三级指标  分值  得分
            产出指标  数量指标  救助人数  ≥500人  512人  20  20
            满意度指标  满意度  受助对象满意度  ≥90%  94%  10  9
            """);

        Assert.Equal(2, report.Indicators.Count);
        var first = report.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "救助人数", "≥500人", "512人", 20m, 20m), (first.Level1, first.Level2, first.Name, first.Target, first.Actual, first.Weight, first.Points));
        Assert.Equal(("受助对象满意度", "≥90%", "94%"), (report.Indicators[1].Name, report.Indicators[1].Target, report.Indicators[1].Actual));
    }

    [Fact]
    public void ATotalRowStatingOnlyTheWeightsSumGivesNoScore()
    {
        var report = ScoringText.Extract("""
            一级指标  二级指标  三级指标  分值  得分
            产出指标  数量指标  完成户数  60  55
            满意度指标  满意度  群众满意度  40  38
            总分  100
            """);

        Assert.Equal(2, report.Indicators.Count);
        Assert.Null(report.ScoreReported);
        Assert.Contains(report.Issues, i => i.Code == "scoring_total_unreadable");
    }
}
