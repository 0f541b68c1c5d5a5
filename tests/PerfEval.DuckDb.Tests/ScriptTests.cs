using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class ScriptTests
{
    [Fact]
    public void AScriptRunsEveryStatementInOrder()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var changed = connection.Run(
            """
            -- a comment before the first statement
            CREATE TABLE a (id INTEGER);
            INSERT INTO a VALUES (1), (2);
            CREATE VIEW v AS SELECT sum(id) AS total FROM a;
            INSERT INTO a SELECT total FROM v;
            """);
        Assert.Equal(3, changed);
        Assert.Equal(6L, connection.Scalar("SELECT sum(id)::BIGINT FROM a"));
    }

    [Fact]
    public void AFailingStatementStopsTheScriptWithDuckDbsMessage()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Run("CREATE TABLE a (id INTEGER PRIMARY KEY); INSERT INTO a VALUES (1), (1); CREATE TABLE b (x INTEGER);"));
        Assert.Contains("Constraint Error", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, connection.Scalar("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'b'"));
    }

    [Fact]
    public void ASyntaxErrorIsADuckDbException()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Run("SELEC 1"));
        Assert.Contains("syntax error", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EachRowReturningStatementIsOneResultSet()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var grid = connection.QueryMultiple("CREATE TABLE t AS SELECT 1 AS x; SELECT x FROM t; SELECT 'two' AS y;");
        Assert.Equal([1], grid.Read<int>());
        Assert.Equal(["two"], grid.Read<string>());
    }
}
