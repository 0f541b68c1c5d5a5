using Dapper;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Warehouse.Tests;

public sealed class DashboardAggregatesTests
{
    [Fact]
    public void AWrittenReportGetsItsPreJoinedRowAndSpendingPerCategory()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        new ReportWriter(connection).Write([SampleLoads.Longquan()]);

        var row = connection.QuerySingle<(string Document, int Year, string District, string DistrictCode, decimal Executed, decimal Rate, decimal Score, bool Demo)>(
            "SELECT document_id, fiscal_year, district, district_code, executed, rate, score_reported, is_demo FROM agg_report");
        Assert.Equal(("doc-001", 2023, "芦淞区", "430203", 2673.41m, 100m, 97m, false), row);
        Assert.Equal(("社区运转", 414.38m), connection.QuerySingle<(string, decimal)>("SELECT category, amount FROM agg_spending"));
    }

    [Fact]
    public void ASupersededReportLeavesTheAggregatesWithItsSuccessor()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("doc-old")]);
        writer.Write([SampleLoads.Longquan("doc-new", executed: 2600m)]);
        writer.Write([SampleLoads.Longquan("doc-new", executed: 2600m)]);

        Assert.Equal([("doc-new", 2600m)], connection.Query<(string, decimal)>("SELECT document_id, executed FROM agg_report"));
        Assert.Equal(["doc-new"], connection.Query<string>("SELECT document_id FROM agg_spending"));
    }

    [Fact]
    public void ACriticalFlagWrittenInALaterBatchCountsInItsReportsRedFlags()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("doc-warning")]);
        var critical = new FlagFact("low_execution", "critical", "预算执行率60%低于80%", 40, "总分 97");
        writer.Write([SampleLoads.Longquan("doc-critical", unitKey: "unit-other") with { Flags = [critical, critical with { Rule = "score_outruns_spending" }] }]);

        Assert.Equal(
            [("doc-critical", 2), ("doc-warning", 0)],
            connection.Query<(string, int)>("SELECT document_id, red_flags FROM agg_report ORDER BY document_id"));
    }

    [Fact]
    public void TheAggregatesAgreeWithTheFactsOfEverySeedReport()
    {
        using var warehouse = new SeedWarehouse();
        using var connection = warehouse.Database.Open();
        var fromFacts = Snapshot(connection);
        DashboardAggregates.RebuildAll(connection);

        Assert.Equal(SeedLikeLoads.All().Count, connection.ExecuteScalar<long>("SELECT count(*) FROM agg_report"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("""
            SELECT count(*) FROM v_report r FULL JOIN agg_report a USING (document_id)
            WHERE a.document_id IS NULL OR r.document_id IS NULL
               OR a.executed IS DISTINCT FROM r.executed OR a.district IS DISTINCT FROM r.district
               OR a.rate IS DISTINCT FROM coalesce(r.execution_rate_computed, r.execution_rate)
               OR a.red_flags <> (SELECT count(*) FROM fact_flag f WHERE f.document_id = r.document_id AND f.severity = 'critical')
            """));
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM agg_report WHERE red_flags > 0") > 0, "the seed reports have critical flags");
        Assert.Equal(fromFacts, Snapshot(connection));
    }

    private static (long Reports, decimal? Budget, long Lines, decimal? Spending) Snapshot(PerfEval.DuckDb.DuckDbConnection connection) =>
        connection.QuerySingle<(long, decimal?, long, decimal?)>(
            "SELECT (SELECT count(*) FROM agg_report), (SELECT sum(budget_adjusted) FROM agg_report), (SELECT count(*) FROM agg_spending), (SELECT sum(amount) FROM agg_spending)");
}
