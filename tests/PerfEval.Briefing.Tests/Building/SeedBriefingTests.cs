using PerfEval.Briefing.Tests.Fixtures;
using PerfEval.Briefing.Wording;

namespace PerfEval.Briefing.Tests.Building;

/// <summary>The briefing of the seeds' year, read back from the .docx and checked against direct warehouse queries.</summary>
public sealed class SeedBriefingTests(SeedBriefing seeds) : IClassFixture<SeedBriefing>
{
    private const string Year2023 = "fiscal_year = 2023";

    [Fact]
    public void AllFiveSeedsAreLoadedSoTheBriefingHasSomethingToSay()
    {
        Assert.Equal(5, seeds.Warehouse.Summary.Count("loaded"));
    }

    [Fact]
    public void TheOverviewStatesTheWarehousesUnitsAndTotals()
    {
        var units = seeds.Warehouse.Scalar<long>($"SELECT count(DISTINCT unit_key) FROM v_report WHERE {Year2023}");
        var budget = seeds.Warehouse.Scalar<decimal>($"SELECT sum(budget_adjusted) FROM v_report WHERE {Year2023}");
        var executed = seeds.Warehouse.Scalar<decimal>($"SELECT sum(executed) FROM v_report WHERE {Year2023}");
        var rate = seeds.Warehouse.Scalar<decimal>(
            $"SELECT 100 * sum(executed) / sum(budget_adjusted) FROM v_report WHERE {Year2023} AND executed IS NOT NULL AND budget_adjusted > 0");

        Assert.Equal("全部地区2023年度绩效自评情况分析简报", seeds.Docx.Paragraphs[0]);
        Assert.Contains($"2023年度，全部地区共{units}个单位提交绩效自评报告，上年无可比数据。", seeds.Docx.Paragraphs);
        Assert.Contains($"全年预算合计{Figures.Money(budget)}万元；执行合计{Figures.Money(executed)}万元。", seeds.Docx.Paragraphs);
        Assert.Contains($"加权平均预算执行率{Figures.Percent(rate)}。", seeds.Docx.Paragraphs);
        Assert.Equal(5L, units);
    }

    [Fact]
    public void LowExecutionListsTheFlaggedReportsWithTheirFiguresAndEvidence()
    {
        var expected = seeds.Warehouse.Query<(string Unit, decimal Budget, decimal Executed, string Quote)>(
            $"SELECT r.unit_name, r.budget_adjusted, r.executed, f.evidence_quote FROM v_report r JOIN fact_flag f USING (document_id) WHERE f.rule = 'low_execution' AND {Year2023}");
        var rows = seeds.Docx.Table("单位", "全年预算（万元）").Skip(1).ToList();

        var biquan = Assert.Single(expected);
        var row = Assert.Single(rows);
        Assert.Equal([biquan.Unit, Figures.Money(biquan.Budget), Figures.Money(biquan.Executed), "70.0%", "97", biquan.Quote], row);
        Assert.Equal("重庆市璧山区人民政府璧泉街道办事处", biquan.Unit);
        Assert.Contains("预算执行率低于85.0%的单位共1个，最低为重庆市璧山区人民政府璧泉街道办事处（70.0%）。", string.Join("", seeds.Docx.Paragraphs));
    }

    [Fact]
    public void InflatedScoresAreTheReportsWithScoreFlagsOrAScoreAboveTheirRows()
    {
        var expected = seeds.Warehouse.Query<string>(
            $"""
            SELECT DISTINCT r.unit_name || coalesce('（' || nullif(r.project_name, '') || '）', '') FROM v_report r LEFT JOIN fact_flag f USING (document_id)
            WHERE {Year2023} AND r.score_reported IS NOT NULL
              AND (f.rule IN ('score_outruns_spending', 'score_sum_mismatch', 'full_marks_unmet', 'unsupported_score', 'score_peer_outlier') OR r.score_inflation > 0)
            ORDER BY 1
            """);
        var table = seeds.Docx.Table("单位", "自评分", "重算得分");
        var units = table.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), units);
        var longquan = table.Single(r => r[0] == "株洲市芦淞区龙泉街道办事处");
        Assert.Equal("97", longquan[1]);
        Assert.Contains("总分", longquan[4], StringComparison.Ordinal);
        Assert.DoesNotContain("(", longquan[4], StringComparison.Ordinal);
    }

    [Fact]
    public void TheExecutionChartShowsEveryUnitWithARateLowestFirst()
    {
        var expected = seeds.Warehouse.Query<(string Unit, decimal Rate)>(
            $"SELECT unit_name, (100 * sum(executed) / sum(budget_adjusted))::DECIMAL(18,4) AS rate FROM v_report WHERE {Year2023} GROUP BY unit_key, unit_name HAVING rate IS NOT NULL ORDER BY rate, unit_name");
        var chart = seeds.Docx.Charts["2023年各单位预算执行率"];

        Assert.Equal(expected.Select(e => e.Unit), BriefingDocx.Categories(chart));
        Assert.Equal(expected.Select(e => Math.Round(e.Rate, 1)), BriefingDocx.Values(chart).Single());
    }

    [Fact]
    public void TheGradeChartCountsReportsPerBandForBothYears()
    {
        var chart = seeds.Docx.Charts["自评得分等级分布"];
        var excellent = seeds.Warehouse.Scalar<decimal>($"SELECT count(*) FROM v_report WHERE {Year2023} AND score_reported >= 90");
        var unscored = seeds.Warehouse.Scalar<decimal>($"SELECT count(*) FROM v_report WHERE {Year2023} AND score_reported IS NULL");

        Assert.Equal(["2022年", "2023年"], BriefingDocx.SeriesNames(chart));
        Assert.Equal(["优", "良", "中", "差", "未评分"], BriefingDocx.Categories(chart));
        Assert.Equal([0m, 0m, 0m, 0m, 0m], BriefingDocx.Values(chart)[0]);
        Assert.Equal([excellent, 0m, 0m, 0m, unscored], BriefingDocx.Values(chart)[1]);
    }

    [Fact]
    public void CategoryTotalsAndTheirPieMatchTheSpendingFacts()
    {
        var expected = seeds.Warehouse.Query<(string Category, decimal Amount)>(
            $"SELECT s.category, sum(s.amount)::DECIMAL(18,4) FROM v_report r JOIN fact_spending s USING (document_id) WHERE {Year2023} AND s.amount IS NOT NULL GROUP BY 1 ORDER BY 1");
        var rows = seeds.Docx.Table("支出类别").Skip(1).ToList();

        Assert.Equal(expected.Select(e => e.Category), rows.Select(r => r[0]));
        Assert.Equal(expected.Select(e => Figures.Money(e.Amount)), rows.Select(r => r[3]));
        Assert.All(rows, r => Assert.Equal("0.00", r[1]));
        var pie = seeds.Docx.Charts["2023年支出类别占比"];
        Assert.Equal(expected.Sum(e => Math.Round(e.Amount, 2)), BriefingDocx.Values(pie).Single().Sum());
    }

    [Fact]
    public void ProblemsAreQuotedFromTheReportsProblemsSections()
    {
        var sections = seeds.Warehouse.Query<string>($"SELECT problems FROM v_report WHERE {Year2023} AND problems IS NOT NULL");
        Assert.NotEmpty(seeds.Data.Problems);
        Assert.All(seeds.Data.Problems.SelectMany(t => t.Quotes), q =>
            Assert.Contains(sections, s => s.Contains(q.Quote.TrimEnd('。', '…'), StringComparison.Ordinal)));
        var first = seeds.Data.Problems[0];
        Assert.Contains($"1. {first.Theme}：{first.Reports}个单位提及。", seeds.Docx.Paragraphs);
    }

    [Fact]
    public void TheAppendixHasOneRowPerUnitOfEitherYear()
    {
        var units = seeds.Warehouse.Scalar<long>("SELECT count(DISTINCT unit_key) FROM v_report WHERE fiscal_year IN (2022, 2023)");
        var appendix = seeds.Docx.Table("单位", "2022预算", "2023预算");

        Assert.Equal(units, appendix.Count - 1);
        var biquan = appendix.Single(r => r[0] == "重庆市璧山区人民政府璧泉街道办事处");
        Assert.Equal(["—", "18,580.25", "—", "13,006.70", "—", "70.0%", "—", "97"], biquan.Skip(1));
    }

    [Fact]
    public void TheSeedBriefingIsValidAndLibreOfficeRendersItsFirstPage()
    {
        Assert.Empty(seeds.Docx.ValidationErrors());
        var (text, png) = OfficeRender.ToPdfAndPageOne(seeds.Docx.Bytes, "seed-briefing-2023");
        Assert.Contains("总体情况", text, StringComparison.Ordinal);
        Assert.Contains(Figures.Money(seeds.Data.BudgetTotal.Current), text, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 5_000, "page 1 rendered empty");
    }
}
