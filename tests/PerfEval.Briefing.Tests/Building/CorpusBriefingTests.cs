using PerfEval.Briefing.Tests.Fixtures;
using PerfEval.Briefing.Wording;

namespace PerfEval.Briefing.Tests.Building;

/// <summary>The briefing of a generated two-year corpus: every change against 2022 agrees with direct warehouse queries.</summary>
public sealed class CorpusBriefingTests(CorpusBriefing corpus) : IClassFixture<CorpusBriefing>
{
    private static readonly string Now = CorpusBriefing.Where(2023);
    private static readonly string Before = CorpusBriefing.Where(2022);

    [Fact]
    public void TheCorpusLoadsWithReportsInBothYearsOfTheDistrict()
    {
        Assert.Equal(CorpusBriefing.Spec.Count, corpus.Warehouse.Summary.Outcomes.Count);
        Assert.True(corpus.Warehouse.Scalar<long>($"SELECT count(*) FROM v_report WHERE {Now}") > 3);
        Assert.True(corpus.Warehouse.Scalar<long>($"SELECT count(*) FROM v_report WHERE {Before}") > 3);
    }

    [Fact]
    public void TheOverviewSentencesStateTheChangesAgainstTheYearBefore()
    {
        int Units(string where) => (int)corpus.Warehouse.Scalar<long>($"SELECT count(DISTINCT unit_key) FROM v_report WHERE {where}");
        decimal Budget(string where) => corpus.Warehouse.Scalar<decimal>($"SELECT sum(budget_adjusted) FROM v_report WHERE {where}");
        decimal Rate(string where) => corpus.Warehouse.Scalar<decimal>(
            $"SELECT 100 * sum(executed) / sum(budget_adjusted) FROM v_report WHERE {where} AND executed IS NOT NULL AND budget_adjusted > 0");

        Assert.Equal("株洲市芦淞区2023年度整体支出绩效自评情况分析简报", corpus.Docx.Paragraphs[0]);
        Assert.Contains($"2023年度，株洲市芦淞区共{Units(Now)}个单位提交整体支出绩效自评报告，{Figures.CountChange(Units(Now), Units(Before), "个")}。", corpus.Docx.Paragraphs);
        Assert.Contains(corpus.Docx.Paragraphs, p => p.StartsWith(
            $"全年预算合计{Figures.Money(Budget(Now))}万元，{Figures.AmountChange(Budget(Now), Budget(Before))}；", StringComparison.Ordinal));
        Assert.Contains($"加权平均预算执行率{Figures.Percent(Rate(Now))}，{Figures.PointChange(Rate(Now), Rate(Before))}。", corpus.Docx.Paragraphs);
    }

    [Fact]
    public void TheGradeChartHasBothYearsCountsFromTheWarehouse()
    {
        decimal Count(string where, string band) => corpus.Warehouse.Scalar<decimal>($"SELECT count(*) FROM v_report WHERE {where} AND {band}");
        string[] bands = ["score_reported >= 90", "score_reported >= 80 AND score_reported < 90", "score_reported >= 60 AND score_reported < 80", "score_reported < 60", "score_reported IS NULL"];
        var chart = corpus.Docx.Charts["自评得分等级分布"];

        Assert.Equal(["2022年", "2023年"], BriefingDocx.SeriesNames(chart));
        Assert.Equal(bands.Select(b => Count(Before, b)), BriefingDocx.Values(chart)[0]);
        Assert.Equal(bands.Select(b => Count(Now, b)), BriefingDocx.Values(chart)[1]);
    }

    [Fact]
    public void CategoriesShowBothYearsTotalsSideBySide()
    {
        var expected = corpus.Warehouse.Query<(string Category, decimal Before, decimal Now)>(
            $"""
            SELECT s.category,
                   coalesce(sum(s.amount) FILTER (WHERE r.fiscal_year = 2022), 0)::DECIMAL(18,4),
                   coalesce(sum(s.amount) FILTER (WHERE r.fiscal_year = 2023), 0)::DECIMAL(18,4)
            FROM v_report r JOIN fact_spending s USING (document_id)
            WHERE ({Now} OR {Before}) AND s.amount IS NOT NULL
            GROUP BY 1 ORDER BY 1
            """);
        var rows = corpus.Docx.Table("支出类别").Skip(1).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => (e.Category, Figures.Money(e.Before), Figures.Money(e.Now))), rows.Select(r => (r[0], r[1], r[3])));
    }

    [Fact]
    public void EveryLowExecutionAndInflatedReportOfTheYearIsListed()
    {
        var low = corpus.Warehouse.Scalar<long>($"SELECT count(*) FROM v_report JOIN fact_flag USING (document_id) WHERE {Now} AND rule = 'low_execution'");
        var inflated = corpus.Warehouse.Scalar<long>(
            $"""
            SELECT count(DISTINCT document_id) FROM v_report LEFT JOIN fact_flag USING (document_id)
            WHERE {Now} AND score_reported IS NOT NULL
              AND (rule IN ('score_outruns_spending', 'score_sum_mismatch', 'full_marks_unmet', 'unsupported_score', 'score_peer_outlier') OR score_inflation > 0)
            """);

        Assert.Equal(low, corpus.Data.LowExecution.Count);
        Assert.Equal(inflated, corpus.Data.InflatedScores.Count);
        Assert.True(low + inflated > 0, "the corpus plants anomalies, so the district should show some");
    }

    [Fact]
    public void TheAppendixAndExecutionChartCoverTheDistrictsUnits()
    {
        var units = corpus.Warehouse.Scalar<long>($"SELECT count(DISTINCT unit_key) FROM v_report WHERE {Now} OR {Before}");
        var appendix = corpus.Docx.Table("单位", "2022预算", "2023预算");
        var chart = corpus.Docx.Charts["2023年各单位预算执行率"];

        Assert.Equal(units, appendix.Count - 1);
        Assert.Equal(corpus.Data.ExecutionByUnit.Select(u => u.UnitName), BriefingDocx.Categories(chart));
        var rates = BriefingDocx.Values(chart).Single();
        Assert.Equal(rates.Order(), rates);
    }

    [Fact]
    public void TheCorpusBriefingIsValidAndLibreOfficeRendersItsFirstPage()
    {
        Assert.Empty(corpus.Docx.ValidationErrors());
        var (text, png) = OfficeRender.ToPdfAndPageOne(corpus.Docx.Bytes, "corpus-briefing-2023");
        Assert.Contains("株洲市芦淞区", text, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 5_000, "page 1 rendered empty");
    }
}
