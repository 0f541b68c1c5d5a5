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
    public void ABatchThatSupersedesSeveralDocumentsRemovesAllTheirFactsAndKeepsOthers()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("old-a", unitKey: "unit-a"), SampleLoads.Longquan("old-b", unitKey: "unit-b"), SampleLoads.Longquan("kept-c", unitKey: "unit-c")]);

        var superseded = writer.Write([SampleLoads.Longquan("new-a", unitKey: "unit-a"), SampleLoads.Longquan("new-b", unitKey: "unit-b")]);

        Assert.Equal(["old-a"], superseded["new-a"]);
        Assert.Equal(["old-b"], superseded["new-b"]);
        Assert.Equal(["kept-c", "new-a", "new-b"], connection.Query<string>("SELECT document_id FROM fact_report ORDER BY 1"));
        Assert.Equal(["kept-c", "new-a", "new-b"], connection.Query<string>("SELECT DISTINCT document_id FROM fact_indicator ORDER BY 1"));
        Assert.Equal(["kept-c", "new-a", "new-b"], connection.Query<string>("SELECT DISTINCT document_id FROM fact_evidence ORDER BY 1"));
        Assert.Equal(
            [("kept-c", null), ("new-a", null), ("new-b", null), ("old-a", "new-a"), ("old-b", "new-b")],
            connection.Query<(string, string?)>("SELECT document_id, superseded_by FROM source_document ORDER BY 1"));
        Assert.Equal(["old-a", "old-b"], connection.Query<string>("SELECT document_id FROM load_journal WHERE status = 'superseded' ORDER BY 1"));
    }

    [Fact]
    public void OnlyTheSameProjectSupersedesAndProjectNamesMatchExactly()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        static ReportLoad Project(string id, string? project) =>
            SampleLoads.Longquan(id) with { Report = SampleLoads.Longquan(id).Report with { Kind = "project", ProjectName = project } };
        writer.Write([Project("doc-road", "\"道路\"维修, 2023"), Project("doc-school", "学校改造"), Project("doc-none", null)]);

        var superseded = writer.Write([Project("doc-road-2", "\"道路\"维修, 2023"), Project("doc-none-2", null)]);

        Assert.Equal(["doc-road"], superseded["doc-road-2"]);
        Assert.Equal(["doc-none"], superseded["doc-none-2"]);
        Assert.Equal(["doc-none-2", "doc-road-2", "doc-school"], connection.Query<string>("SELECT document_id FROM fact_report ORDER BY 1"));
    }

    [Fact]
    public void AUnitsTypeChangedByALaterBatchIsUpdated()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var writer = new ReportWriter(connection);
        writer.Write([SampleLoads.Longquan("doc-a")]);
        writer.Write([SampleLoads.Longquan("doc-b", unitKey: "unit-b")]);

        writer.Write([SampleLoads.Longquan("doc-c") with { Unit = new UnitRow("unit-longquan", "株洲市芦淞区龙泉街道办事处", "其他", "430203007") }]);

        Assert.Equal("其他", connection.ExecuteScalar<string>("SELECT unit_type FROM dim_unit WHERE unit_key = 'unit-longquan'"));
        Assert.Equal("街道", connection.ExecuteScalar<string>("SELECT unit_type FROM dim_unit WHERE unit_key = 'unit-b'"));
    }

    [Fact]
    public void JournalEntriesGetIncreasingIdsInTheOrderGiven()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        var at = new DateTime(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);
        LoadJournal.Append(connection, [new LoadJournalEntry("a.txt", "doc-a", "loaded", null, "v1", at, 1.5, 10)]);

        LoadJournal.Append(connection, [
            new LoadJournalEntry("b.txt", "doc-b", "unchanged", "same content already loaded", "v1", at, 2, 20),
            new LoadJournalEntry("c.txt", null, "quarantined", "unreadable", "v1", at, 3, null),
        ]);

        Assert.Equal(
            [(1L, "a.txt", "doc-a", "loaded", null, 10L), (2L, "b.txt", "doc-b", "unchanged", "same content already loaded", 20L), (3L, "c.txt", null, "quarantined", "unreadable", null)],
            connection.Query<(long, string, string?, string, string?, long?)>(
                "SELECT load_id, file_path, document_id, status, reason, size_bytes FROM load_journal ORDER BY load_id"));
        Assert.Equal(at, connection.ExecuteScalar<DateTime>("SELECT max(started_at) FROM load_journal"));
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
