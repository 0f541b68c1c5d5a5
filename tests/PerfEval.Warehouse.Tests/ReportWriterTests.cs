using Dapper;
using PerfEval.Warehouse.Loading;

namespace PerfEval.Warehouse.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void WrittenFactsKeepExactDecimalsAndEvidence()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        new ReportWriter(connection).Write([SampleLoads.Longquan()]);

        var report = connection.QuerySingle<(decimal Initial, decimal Adjusted, decimal Inflation, string Unit, string City)>(
            "SELECT budget_initial, budget_adjusted, score_inflation, unit_name, city FROM v_report");
        Assert.Equal(573.38m, report.Initial);
        Assert.Equal(2673.41m, report.Adjusted);
        Assert.Equal(9.45m, report.Inflation);
        Assert.Equal("株洲市芦淞区龙泉街道办事处", report.Unit);
        Assert.Equal("株洲市", report.City);
        Assert.Equal("573.38", connection.ExecuteScalar<string>(
            "SELECT substr(d.extracted_text, e.\"offset\" + 1, length(e.quote)) FROM fact_evidence e JOIN source_document d USING (document_id)"));
    }

    [Fact]
    public void WritingTheSameDocumentTwiceChangesNothing()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan()]);
        var before = Counts(connection);
        writer.Write([SampleLoads.Longquan()]);
        new ReportWriter(connection).Write([SampleLoads.Longquan()]);
        Assert.Equal(before, Counts(connection));
        Assert.Equal((1L, 2L, 1L, 1L, 1L, 1L), before);
    }

    [Fact]
    public void ANewDocumentForTheSameUnitYearAndKindSupersedesTheOld()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("doc-old")]);
        var superseded = writer.Write([SampleLoads.Longquan("doc-new", executed: 2600m)]);

        Assert.Equal(["doc-old"], superseded["doc-new"]);
        Assert.Equal(2600m, connection.ExecuteScalar<decimal>("SELECT executed FROM v_report"));
        Assert.Equal("doc-new", connection.ExecuteScalar<string>("SELECT superseded_by FROM source_document WHERE document_id = 'doc-old'"));
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM source_document"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM fact_indicator WHERE document_id = 'doc-old'"));
    }

    [Fact]
    public void TwoDocumentsOfOneKeyInOneBatchLeaveTheLaterCurrent()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);

        var superseded = writer.Write([SampleLoads.Longquan("doc-first"), SampleLoads.Longquan("doc-second", executed: 2600m)]);

        Assert.Equal(["doc-first"], superseded["doc-second"]);
        Assert.Empty(superseded["doc-first"]);
        Assert.Equal(2600m, connection.ExecuteScalar<decimal>("SELECT executed FROM v_report"));
        Assert.Equal("doc-second", connection.ExecuteScalar<string>("SELECT superseded_by FROM source_document WHERE document_id = 'doc-first'"));
        Assert.Null(connection.ExecuteScalar<string>("SELECT superseded_by FROM source_document WHERE document_id = 'doc-second'"));
    }

    [Fact]
    public void AFailingBatchLeavesNothingHalfWritten()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("doc-a")]);
        var before = Counts(connection);

        var good = SampleLoads.Longquan("doc-b", unitKey: "unit-b");
        var bad = SampleLoads.Longquan("doc-c", unitKey: "unit-c") with
        {
            Unit = new UnitRow("unit-c", "某单位", "不是类型", null), // violates dim_unit's CHECK
        };
        Assert.ThrowsAny<Exception>(() => writer.Write([good, bad]));

        Assert.Equal(before, Counts(connection));
        writer.Write([good]);
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM v_report"));
    }

    private static (long Reports, long Indicators, long Spending, long Flags, long Evidence, long Sources) Counts(PerfEval.DuckDb.DuckDbConnection c) =>
        c.QuerySingle<(long, long, long, long, long, long)>(
            """
            SELECT (SELECT count(*) FROM fact_report), (SELECT count(*) FROM fact_indicator), (SELECT count(*) FROM fact_spending),
                   (SELECT count(*) FROM fact_flag), (SELECT count(*) FROM fact_evidence), (SELECT count(*) FROM source_document)
            """);
}
