using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class PreparedStatementCacheTests
{
    [Fact]
    public void ARepeatedStatementIsPreparedOnceAndReboundEachTime()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (amount DECIMAL(18,4))");
        const string insert = "INSERT INTO t VALUES ($amount)";
        connection.Execute(insert, new { amount = 1 });
        Assert.True(connection.Statements.TryGet(insert, out var first));

        connection.Execute(insert, new { amount = 2.5m });
        connection.Execute(insert, new { amount = 1234567.1234m });

        Assert.True(connection.Statements.TryGet(insert, out var again));
        Assert.Same(first, again);
        Assert.Equal([1m, 2.5m, 1234567.1234m], connection.Query<decimal>("SELECT amount FROM t ORDER BY amount"));
    }

    [Fact]
    public void AStatementRunAfterItsTableWasRecreatedSeesTheNewTable()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t AS SELECT 1 AS a");
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT * FROM t"));
        connection.Run("DROP TABLE t; CREATE TABLE t AS SELECT 'now text' AS b");
        Assert.Equal("now text", connection.ExecuteScalar<string>("SELECT * FROM t"));
    }

    [Fact]
    public void AStatementThatFailsIsPreparedAfreshNextTime()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        const string insert = "INSERT INTO t VALUES ($id)";
        connection.Execute(insert, new { id = 1 });
        Assert.Throws<DuckDbException>(() => connection.Execute(insert, new { id = 1 }));
        Assert.False(connection.Statements.TryGet(insert, out _));
        connection.Execute(insert, new { id = 2 });
        Assert.Equal(3L, connection.ExecuteScalar<long>("SELECT sum(id)::BIGINT FROM t"));
    }

    [Fact]
    public void ClosingTheConnectionReleasesItsStatements()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("SELECT 42");
        Assert.Equal(1, connection.Statements.Count);
        connection.Close();
        Assert.Equal(0, connection.Statements.Count);
    }
}
