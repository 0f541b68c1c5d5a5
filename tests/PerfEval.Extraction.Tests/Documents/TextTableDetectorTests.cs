using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class TextTableDetectorTests
{
    private static ReportText Layout(string text) => PlainTextLayout.Build("case.txt", "txt", text);

    private static string[] Texts(TableRow row) => [.. row.Cells.Select(c => c.Text)];

    private static TableRow RowStartingWith(TextTable table, string text) =>
        table.Rows.First(r => r.Cells.Any(c => c.Text == text));

    [Fact]
    public void Seed001YieldsTheBasicDataTableAndTheSelfEvaluationTable()
    {
        var report = SeedTextFiles.Load("001");

        Assert.Equal(2, report.Tables.Count);
        var staff = report.Tables[0];
        Assert.Equal(["财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率"], Texts(staff.Rows[0]));
        Assert.Equal(["", "40", "37", "92.5%"], Texts(staff.Rows[1]));
        Assert.Equal(["项目支出：", "1182.67", "0", "1165.56"], Texts(RowStartingWith(staff, "项目支出：")));

        var scoring = report.Tables[1];
        Assert.Equal(["", "", "质量指标", "解决问题到位率", "=100%", "=97%", "15", "15", ""], Texts(RowStartingWith(scoring, "解决问题到位率")));
        Assert.Equal(["", "年度资金总额", "573.38", "2673.41", "2673.41", "10", "100%", "10"], Texts(RowStartingWith(scoring, "年度资金总额")));
        Assert.Equal(["总分", "100", "97", ""], Texts(scoring.Rows[^1]));
    }

    [Fact]
    public void CellOffsetsPointAtTheCellTextInTheDocument()
    {
        var report = SeedTextFiles.Load("001");

        var cells = report.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Text is "=97%" or "群众满意度" or "1165.56").ToList();

        Assert.Equal(4, cells.Count);
        Assert.All(cells, c => Assert.Equal(c.Text, report.Text.Substring(c.Offset, c.Text.Length)));
    }

    [Fact]
    public void CellTextWrappedOverLinesOrParagraphsIsJoined()
    {
        var report = SeedTextFiles.Load("001");
        var scoring = report.Tables[1];

        Assert.Equal("年度预算申请（万元）", scoring.Rows[1].Cells[0].Text);
        Assert.Equal("产出指标(40分)", RowStartingWith(scoring, "解决群众问题数量").Cells[1].Text);
        Assert.Equal("效益指标（20分）", RowStartingWith(scoring, "辖区营商环境").Cells[1].Text);
        Assert.Equal("楼堂馆所控制情况（2023年完工项目）", report.Tables[0].Rows.First(r => r.Cells[0].Text.StartsWith("楼堂馆所", StringComparison.Ordinal)).Cells[0].Text);
    }

    [Fact]
    public void Seed003ProjectListIsOneTableEndingWithItsTotal()
    {
        var report = SeedTextFiles.Load("003");

        var table = Assert.Single(report.Tables);
        Assert.Equal(18, table.Rows.Count);
        Assert.Equal(["序号", "预算项目", "支出（元）"], Texts(table.Rows[0]));
        Assert.Equal(["16", "职工食堂补助经费", "828,483.78"], Texts(table.Rows[16]));
        Assert.Equal(["合计", "3,902,733.78"], Texts(table.Rows[17]));
    }

    [Fact]
    public void ASentenceOnTheLineAfterACellContinuesTheCellWhenACellFollows()
    {
        var report = Layout("\t年度总体目标\n\t实际完成情况\n\n\t保障正常运行\n\t完成龙\n泉地块的签约拆除工作。\n\n\t一级指标\n\t分值\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["保障正常运行", "完成龙泉地块的签约拆除工作。"], Texts(table.Rows[1]));
        Assert.Equal(["一级指标", "分值"], Texts(table.Rows[2]));
    }

    [Fact]
    public void AParagraphFragmentFollowedByABlankLineStillBelongsToItsCell()
    {
        var report = Layout("\t一级指标\n\t分值\n\n\t效益指标\n\n（20分）\n\n\t经济效益指标\n\t10\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["效益指标（20分）"], Texts(table.Rows[1]));
        Assert.Equal(["经济效益指标", "10"], Texts(table.Rows[2]));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void SeedsWrittenAsNarrativeOnlyHaveNoTables(string seed) => Assert.Empty(SeedTextFiles.Load(seed).Tables);

    [Fact]
    public void PipeTableKeepsMergedCellsAsEmptySlotsSoColumnsStayAligned()
    {
        var report = Layout("""
            单位：万元
            | 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
            |---|---|---|---|---|
            | 产出指标 | 数量指标 | 完成户数 | 20 | 18 |
            ||| 完成及时率 | 10 | 10 |
            | 总分 |||| 30 | 28 |
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal("万元", table.UnitHint);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["", "", "完成及时率", "10", "10"], Texts(table.Rows[2]));
        Assert.Equal(["总分", "", "", "", "30", "28"], Texts(table.Rows[3]));
        Assert.Equal("完成及时率", report.Text.Substring(table.Rows[2].Cells[2].Offset, 5));
    }

    [Fact]
    public void RowsFlattenedOntoOneLineAreSplitAtSpaceRuns()
    {
        var report = Layout("""
            三、评分情况
            一级指标    二级指标    三级指标        年度指标值   实际完成值   分值   得分
            产出指标    数量指标    新建公厕数量    5座          5座          20     20
                        质量指标    验收合格率      100%         98%          20     19.6
            绩效评价结论如下。
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["产出指标", "数量指标", "新建公厕数量", "5座", "5座", "20", "20"], Texts(table.Rows[1]));
        Assert.Equal(["质量指标", "验收合格率", "100%", "98%", "20", "19.6"], Texts(table.Rows[2]));
    }

    [Fact]
    public void RowsFlattenedWithSingleSpacesAreSplitToo()
    {
        var report = Layout("""
            预算执行率 100% 98% 10 9.8
            群众满意度 ≥90% 95% 10 10
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(["预算执行率", "100%", "98%", "10", "9.8"], Texts(table.Rows[0]));
    }

    [Fact]
    public void AFlattenedRowEndingInADeviationSentenceStaysInTheTable()
    {
        var report = Layout("""
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
            产出指标 时效指标 问题办结及时率 ≥98% 92.1% 10 9.4 受人员变动影响，工作量有所减少，下年度将加强统筹。
            成本指标 公用经费控制 不超预算 未超预算 5 5
            总分 100 98.05
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["产出指标", "时效指标", "问题办结及时率", "≥98%", "92.1%", "10", "9.4", "受人员变动影响，工作量有所减少，下年度将加强统筹。"], Texts(table.Rows[1]));
        Assert.Equal(["总分", "100", "98.05"], Texts(table.Rows[3]));
    }

    [Fact]
    public void FlattenedFiguresWithThousandsSeparatorsStayARow()
    {
        var report = Layout("""
            年度资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            预算执行率 2,145.20 2,072.26 2,059.83 10 99.40% 9.94
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(["预算执行率", "2,145.20", "2,072.26", "2,059.83", "10", "99.40%", "9.94"], Texts(table.Rows[1]));
    }

    [Fact]
    public void AProseLineWithSpacedFiguresIsNotARowEvenWhenItEndsInASentence()
    {
        var report = Layout("""
            全年执行 13,006.70 万元，预算执行率 70.00%，得分 7 分。
            全年预算 100 万元 支出 98 万元 执行率 98%，较上年提高。
            1.2023 年预算资金 573.38 万元。
            2.2023 年执行资金 10 573.38 万元。
            """);

        Assert.Empty(report.Tables);
    }

    [Fact]
    public void NarrativeParagraphsAreNotTables()
    {
        var report = Layout("""
            2023年 我单位 认真落实 各项工作，全年支出 100万元。
            年  月  日
            附件：1. 2023年度部门整体支出绩效评价基础数据表
            2. 2023年度部门整体支出绩效自评表
            """);

        Assert.Empty(report.Tables);
    }

    [Fact]
    public void GluedBudgetFiguresAreSplitWhenRateAndWeightConfirmOneReading()
    {
        var report = Layout("""
            项目名称  年初预算数  全年预算数  全年执行数  分值  执行率  得分
            年度资金总额  310.2154.741050%5
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(["年度资金总额", "310.2", "154.74", "10", "50%", "5"], Texts(table.Rows[1]));
        var executed = table.Rows[1].Cells[2];
        Assert.Equal("154.74", report.Text.Substring(executed.Offset, 6));
        Assert.Contains(report.Notes, n => n.Contains("310.2154.741050%5", StringComparison.Ordinal) && n.Contains("split", StringComparison.Ordinal));
    }

    [Fact]
    public void GluedFiguresThatNoReadingExplainsAreLeftAsWrittenWithANote()
    {
        var report = Layout("""
            项目名称  年初预算数  全年预算数  全年执行数  分值  执行率  得分
            年度资金总额  310.2154.741060%5
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(["年度资金总额", "310.2154.741060%5"], Texts(table.Rows[1]));
        Assert.Contains(report.Notes, n => n.Contains("could not be split", StringComparison.Ordinal));
    }

    [Fact]
    public void ATableGluedLineByLineIsCutWhereTheFiguresCheckOut()
    {
        var report = Layout("""
            单位：万元
            年度资金（万元）年初预算数全年预算数全年执行数分值执行率得分
            预算执行率170.74172.96168.641097.50%9.75
            其中：上年结转—0.00————
            年度总体目标预期目标实际完成情况
            绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
            产出指标（50分）数量指标维修道路面积11449平方米11886平方米2016
            质量指标环境卫生检查合格率≥97%97.9%55
            时效指标问题办结及时率≥98%92.1%2523.5受人员变动影响，工作量有所减少。
            总分10099.75
            填表人：张伟
            """);

        Assert.Equal(2, report.Tables.Count);
        var budget = report.Tables[0];
        Assert.Equal("万元", budget.UnitHint);
        Assert.Equal(["年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], Texts(budget.Rows[0]));
        Assert.Equal(["预算执行率", "170.74", "172.96", "168.64", "10", "97.50%", "9.75"], Texts(budget.Rows[1]));
        var scoring = report.Tables[1];
        Assert.Equal(["产出指标（50分）", "数量指标", "维修道路面积", "11449平方米", "11886平方米", "20", "16"], Texts(scoring.Rows[1]));
        Assert.Equal(["质量指标", "环境卫生检查合格率", "≥97%", "97.9%", "5", "5"], Texts(scoring.Rows[2]));
        Assert.Equal(["时效指标", "问题办结及时率", "≥98%", "92.1%", "25", "23.5", "受人员变动影响，工作量有所减少。"], Texts(scoring.Rows[3]));
        Assert.Equal(["总分", "100", "99.75"], Texts(scoring.Rows[4]));
        var points = scoring.Rows[3].Cells[5];
        Assert.Equal("23.5", report.Text.Substring(points.Offset, 4));
    }

    [Fact]
    public void AGluedStaffRowIsCutWhereTheCountsGiveTheStatedRate()
    {
        var report = Layout("财政供养人员情况（人）编制数实际在职人数控制率\n717098.60%\n附件2\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["71", "70", "98.60%"], Texts(table.Rows[1]));
    }

    [Theory]
    [InlineData("资金拨付及时性是否及时基本及时", "资金拨付及时性", "是否及时", "基本及时")]
    [InlineData("辖区营商环境是否优化优化", "辖区营商环境", "是否优化", "优化")]
    [InlineData("项目成本控制控制在预算内控制在预算内", "项目成本控制", "控制在预算内", "控制在预算内")]
    [InlineData("辖区居民生活环境有效改善明显改善", "辖区居民生活环境", "有效改善", "明显改善")]
    [InlineData("公用经费控制不超预算未超预算", "公用经费控制", "不超预算", "未超预算")]
    [InlineData("公用经费控制不超预算基本未超", "公用经费控制", "不超预算", "基本未超")]
    [InlineData("长效管理机制建立健全已建立", "长效管理机制", "建立健全", "已建立")]
    public void GluedQualitativeCellsSplitIntoNameTargetAndAchievedValue(string glued, string name, string target, string actual)
    {
        var report = Layout($"一级指标二级指标三级指标年度指标值实际完成值分值得分\n成本指标{glued}108\n");

        var row = Assert.Single(report.Tables).Rows[1];
        Assert.Equal(["成本指标", name, target, actual, "10", "8"], Texts(row));
    }

    [Fact]
    public void GluedWeightsThatDoNotAddUpToTheirCategorysStatedWeightAreLeftAsWritten()
    {
        var report = Layout("""
            一级指标二级指标三级指标年度指标值实际完成值分值得分
            产出指标（50分）数量指标培训党员人数40人40人2016
            质量指标资金使用合规率100%100%3030
            效益指标（20分）社会效益指标培训人数40人40人20
            """);

        var rows = Assert.Single(report.Tables).Rows;
        Assert.Equal(["产出指标（50分）", "数量指标", "培训党员人数", "40人", "40人", "20", "16"], Texts(rows[1]));
        Assert.Equal(["质量指标", "资金使用合规率", "100%", "100%", "30", "30"], Texts(rows[2]));
        Assert.Equal(["效益指标（20分）", "社会效益指标", "培训人数", "40人", "40人", "20"], Texts(rows[3]));
        Assert.Contains(report.Notes, n => n.Contains("效益指标", StringComparison.Ordinal) && n.Contains("20", StringComparison.Ordinal));
    }

    [Fact]
    public void GluedWeightAndPointsWithTwoReadingsOrATotalBelowFullWeightAreLeftAsWritten()
    {
        var report = Layout("一级指标二级指标三级指标年度指标值实际完成值分值得分\n产出指标数量指标培训人数40人40人20\n总分98\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["总分", "98"], Texts(table.Rows[^1]));
    }

    [Fact]
    public void TabSeparatedRowsOnOneLineEachAreATable()
    {
        var report = Layout("序号\t项目名称\t金额（万元）\n1\t社区运转经费\t375\n2\t社区惠民资金\t60\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal(["2", "社区惠民资金", "60"], Texts(table.Rows[2]));
    }

    [Fact]
    public void AUnitLineAboveATableBecomesItsUnitHint()
    {
        var report = Layout("附表1\n单位：元\n\t项目\n\t金额\n\n\t办公费\n\t1200\n");

        var table = Assert.Single(report.Tables);
        Assert.Equal("元", table.UnitHint);
        Assert.Equal(["办公费", "1200"], Texts(table.Rows[1]));
    }

    [Fact]
    public void ParagraphsIndentedWithATabAreNotATable()
    {
        var report = Layout("\t一、基本情况\n\t我单位共有干部职工37人，全年支出2673.41万元。\n\n\t二、存在问题\n\t部分项目进度偏慢，资金拨付不及时。\n\n\t三、改进措施\n\t加强预算执行监控。\n");

        Assert.Empty(report.Tables);
    }

    [Fact]
    public void NumberColumnsLeftOneSpaceApartByPdftotextAreSplitToo()
    {
        var report = Layout("""
            项目资金（万元）   年初预算数   全年预算数   全年执行数   分值   执行率   得分
            年度资金总额        120.00     150.00 135.00 10   90% 9
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(["年度资金总额", "120.00", "150.00", "135.00", "10", "90%", "9"], Texts(table.Rows[1]));
        Assert.Equal("135.00", report.Text.Substring(table.Rows[1].Cells[3].Offset, 6));
    }

    [Fact]
    public void WrappedCellTextBetweenFlattenedRowsStaysInTheTable()
    {
        var report = Layout("""
            一级指标   二级指标   三级指标           分值   得分
                                  辖区内农村公路日常
            产出指标   数量指标   养护里程           20     20

                       质量指标   路面完好率         20     18
            以上为自评情况。
            """);

        var table = Assert.Single(report.Tables);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["辖区内农村公路日常"], Texts(table.Rows[1]));
        Assert.Equal(["质量指标", "路面完好率", "20", "18"], Texts(table.Rows[3]));
    }
}
