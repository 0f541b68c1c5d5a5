using Dapper;

namespace PerfEval.DuckDb.Tests;

/// <summary>
/// A query kept prepared must answer from the data of now. DuckDB plans with the statistics of the table as they
/// were (a filter no row could pass becomes an empty result; count/min/max come from the statistics), and a
/// prepared statement run again is not planned again when only data changed.
/// </summary>
public sealed class ChangedDataTests : IDisposable
{
    private readonly TempDatabase database = new();

    public ChangedDataTests()
    {
        using var setup = database.Open();
        setup.Run("""
            CREATE TABLE report (id BIGINT PRIMARY KEY, fiscal_year INTEGER, score DECIMAL(5,1));
            INSERT INTO report SELECT i, 2022 + i % 3, 80 FROM range(1, 7) t(i);
            CHECKPOINT;
            """);
    }

    [Fact]
    public void ACachedQueryForAYearNotYetLoadedSeesItOnceAnotherConnectionLoadsIt()
    {
        using var dashboard = database.Open();
        using var writer = database.Open();
        const string reports2025 = "SELECT count(*) FROM report WHERE fiscal_year = 2025";
        Assert.Equal(0L, dashboard.ExecuteScalar<long>(reports2025));

        writer.Run("INSERT INTO report VALUES (7, 2025, 91.5), (8, 2025, 60)");

        Assert.Equal(2L, dashboard.ExecuteScalar<long>(reports2025));
    }

    [Fact]
    public void ACachedCountAndMaximumSeeRowsAddedInACommittedTransaction()
    {
        using var dashboard = database.Open();
        using var writer = database.Open();
        const string summary = "SELECT count(*) AS Reports, max(score) AS Best FROM report";
        Assert.Equal((6L, 80m), dashboard.QuerySingle<(long, decimal)>(summary));

        using (var transaction = writer.BeginTransaction())
        {
            writer.Execute("INSERT INTO report VALUES (9, 2024, 99.5)", transaction: transaction);
            transaction.Commit();
        }

        Assert.Equal((7L, 99.5m), dashboard.QuerySingle<(long, decimal)>(summary));
    }

    [Fact]
    public void ACachedCountSeesRowsAppendedOnTheSameConnection()
    {
        using var connection = database.Open();
        const string count = "SELECT count(*) FROM report";
        Assert.Equal(6L, connection.ExecuteScalar<long>(count));

        using (var appender = connection.CreateAppender("report"))
        {
            appender.CreateRow().AppendValue(10L).AppendValue(2023).AppendValue(75m).EndRow();
        }

        Assert.Equal(7L, connection.ExecuteScalar<long>(count));
    }

    [Fact]
    public void ACachedDeleteRemovesRowsOfAYearLoadedAfterItWasPrepared()
    {
        using var connection = database.Open();
        const string delete = "DELETE FROM report WHERE fiscal_year = 2026";
        Assert.Equal(0, connection.Execute(delete));
        connection.Run("INSERT INTO report VALUES (11, 2026, 70)");

        Assert.Equal(1, connection.Execute(delete));
    }

    [Fact]
    public void AQueryRunAgainWithoutChangesReusesItsPreparedStatement()
    {
        using var connection = database.Open();
        const string count = "SELECT count(*) FROM report";
        connection.ExecuteScalar<long>(count);
        Assert.True(connection.Statements.TryGet(count, out var first));

        connection.ExecuteScalar<long>("SELECT max(id) FROM report");
        connection.ExecuteScalar<long>(count);

        Assert.True(connection.Statements.TryGet(count, out var again));
        Assert.Same(first, again);
    }

    public void Dispose() => database.Dispose();
}
