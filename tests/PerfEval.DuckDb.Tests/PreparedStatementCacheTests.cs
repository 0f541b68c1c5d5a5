using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class PreparedStatementCacheTests
{
    [Fact]
    public void ARepeatedQueryIsPreparedOnceAndReboundEachTime()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t AS SELECT i::DECIMAL(18,4) AS amount FROM range(1, 11) r(i)");
        const string query = "SELECT count(*) FROM t WHERE amount > $floor";
        Assert.Equal(10L, connection.ExecuteScalar<long>(query, new { floor = 0 }));
        Assert.True(connection.Statements.TryGet(query, out var first));

        Assert.Equal(5L, connection.ExecuteScalar<long>(query, new { floor = 5.5m }));
        Assert.Equal(0L, connection.ExecuteScalar<long>(query, new { floor = 1234567.1234m }));

        Assert.True(connection.Statements.TryGet(query, out var again));
        Assert.Same(first, again);
    }

    [Fact]
    public void ARepeatedInsertIsPreparedAgainAfterEachChangeAndBindsEachValue()
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
        Assert.NotSame(first, again);
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

    [Fact]
    public void ATableCreatedFromAQueryIsCreatedAfreshEachTimeTheStatementRuns()
    {
        using var database = new TempDatabase();
        using var connection = database.Open();
        const string create = "CREATE OR REPLACE TEMP TABLE scope AS SELECT 1 AS a, 'two' AS b";

        connection.Run(create);
        Assert.Equal(1, connection.ExecuteScalar<int>("SELECT a FROM scope"));
        connection.Run(create);

        Assert.Equal("two", connection.ExecuteScalar<string>("SELECT b FROM scope"));
        Assert.False(connection.Statements.TryGet(create, out _));
    }

    [Fact]
    public void ATempTableCreatedAgainAfterItWasDroppedHoldsTheRowsOfNow()
    {
        using var database = new TempDatabase();
        using var connection = database.Open();
        connection.Run("CREATE TABLE journal (id BIGINT PRIMARY KEY)");
        var counts = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            connection.Execute("INSERT INTO journal VALUES ($id)", new { id = i });
            using var transaction = connection.BeginTransaction();
            connection.Execute("CREATE TEMP TABLE scope AS SELECT id FROM journal", transaction: transaction);
            counts.Add(connection.ExecuteScalar<long>("SELECT count(*) FROM scope", transaction: transaction));
            connection.Execute("DROP TABLE scope", transaction: transaction);
            transaction.Commit();
        }

        Assert.Equal([1L, 2, 3], counts);
    }
}
