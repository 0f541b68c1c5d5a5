using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class DapperTests
{
    public sealed record Report(string DocumentId, int FiscalYear, decimal Executed, DateOnly ReportDate, DateTime LoadedAt, bool IsDemo, string? Grade);

    [Fact]
    public void QueryMapsRowsOntoPositionalRecords()
    {
        using var connection = Seeded();
        var reports = connection.Query<Report>(
            "SELECT document_id AS DocumentId, fiscal_year AS FiscalYear, executed AS Executed, report_date AS ReportDate, loaded_at AS LoadedAt, is_demo AS IsDemo, grade AS Grade FROM report ORDER BY document_id").ToList();

        Assert.Equal(
            [
                new Report("doc-1", 2023, 2673.41m, new DateOnly(2024, 3, 1), new DateTime(2026, 11, 24, 9, 0, 0), false, "优"),
                new Report("doc-2", 2024, 573.38m, new DateOnly(2025, 2, 28), new DateTime(2026, 11, 25, 10, 30, 0), true, null),
            ],
            reports);
    }

    [Fact]
    public void QueryFirstOrDefaultTakesAnonymousObjectParameters()
    {
        using var connection = Seeded();
        Assert.Equal(573.38m, connection.QueryFirstOrDefault<decimal>("SELECT executed FROM report WHERE fiscal_year = $year AND is_demo = $demo", new { year = 2024, demo = true }));
        Assert.Null(connection.QueryFirstOrDefault<string>("SELECT document_id FROM report WHERE fiscal_year = $year", new { year = 1999 }));
    }

    [Fact]
    public void ExecuteReportsRowsChangedAndExecuteScalarConverts()
    {
        using var connection = Seeded();
        Assert.Equal(2, connection.Execute("UPDATE report SET executed = executed + $delta", new { delta = 1m }));
        Assert.Equal(3248.79m, connection.ExecuteScalar<decimal>("SELECT sum(executed) FROM report"));
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM report"));
        Assert.Equal("优", connection.ExecuteScalar<string>("SELECT grade FROM report WHERE document_id = $id", new { id = "doc-1" }));
    }

    [Fact]
    public void ExecuteWithAListOfObjectsRunsOncePerObject()
    {
        using var connection = Seeded();
        var rows = connection.Execute(
            "INSERT INTO report (document_id, fiscal_year, executed, report_date, loaded_at, is_demo) VALUES ($id, $year, $executed, $date, $at, false)",
            new[]
            {
                // Dapper 2.1 cannot pass DateOnly parameters; a DateTime bound to a DATE parameter becomes that date.
                new { id = "doc-3", year = 2022, executed = 1.5m, date = new DateTime(2023, 1, 1), at = new DateTime(2026, 1, 1) },
                new { id = "doc-4", year = 2022, executed = 2.25m, date = new DateTime(2023, 1, 2), at = new DateTime(2026, 1, 2) },
            });
        Assert.Equal(2, rows);
        Assert.Equal(3.75m, connection.ExecuteScalar<decimal>("SELECT sum(executed) FROM report WHERE fiscal_year = 2022"));
        Assert.Equal(new DateOnly(2023, 1, 2), connection.ExecuteScalar<DateOnly>("SELECT report_date FROM report WHERE document_id = 'doc-4'"));
    }

    [Fact]
    public void InListParametersExpandToEveryElement()
    {
        using var connection = Seeded();
        var ids = connection.Query<string>("SELECT document_id FROM report WHERE fiscal_year IN $years ORDER BY 1", new { years = new[] { 2023, 2024 } }).ToList();
        Assert.Equal(["doc-1", "doc-2"], ids);
        var one = connection.Query<string>("SELECT document_id FROM report WHERE document_id IN ($ids)", new { ids = new[] { "doc-2" } }).ToList();
        Assert.Equal(["doc-2"], one);
    }

    [Fact]
    public void AnEmptyInListMatchesNothing()
    {
        using var connection = Seeded();
        Assert.Empty(connection.Query<string>("SELECT document_id FROM report WHERE fiscal_year IN $years", new { years = Array.Empty<int>() }));
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT count(*) FROM report WHERE fiscal_year NOT IN $years", new { years = Array.Empty<int>() }));
    }

    [Fact]
    public void ValueTuplesMapByPosition()
    {
        using var connection = Seeded();
        var (count, total) = connection.QuerySingle<(long, decimal)>("SELECT count(*), sum(executed) FROM report");
        Assert.Equal(2L, count);
        Assert.Equal(3246.79m, total);
    }

    private static DuckDbConnection Seeded()
    {
        var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute(
            """
            CREATE TABLE report (document_id VARCHAR PRIMARY KEY, fiscal_year INTEGER, executed DECIMAL(18,4), report_date DATE, loaded_at TIMESTAMP, is_demo BOOLEAN, grade VARCHAR);
            INSERT INTO report VALUES
                ('doc-1', 2023, 2673.41, DATE '2024-03-01', TIMESTAMP '2026-11-24 09:00:00', false, '优'),
                ('doc-2', 2024, 573.38, DATE '2025-02-28', TIMESTAMP '2026-11-25 10:30:00', true, NULL);
            """);
        return connection;
    }
}
