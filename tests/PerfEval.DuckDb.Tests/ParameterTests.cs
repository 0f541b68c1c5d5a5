namespace PerfEval.DuckDb.Tests;

public sealed class ParameterTests
{
    [Fact]
    public void NamedParametersMatchWithOrWithoutTheirPrefix()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        Assert.Equal("a-b-c", connection.Scalar("SELECT $x || '-' || $y || '-' || $z", ("x", "a"), ("$y", "b"), ("@z", "c")));
    }

    [Fact]
    public void QuestionMarksAndNumberedParametersBindByPosition()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ?::INTEGER * 10 + ?::INTEGER";
        command.Parameters.Add(new DuckDbParameter(4));
        command.Parameters.Add(new DuckDbParameter(2));
        Assert.Equal(42, command.ExecuteScalar());

        command.CommandText = "SELECT $2::VARCHAR || $1::VARCHAR";
        Assert.Equal("24", command.ExecuteScalar());
    }

    [Fact]
    public void AnIntegerBoundToADecimalParameterIsConvertedToThatDecimal()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (amount DECIMAL(18,4), rate DECIMAL(9,4))");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($amount, $rate)";
        insert.Parameters.Add("amount", 2673);
        insert.Parameters.Add("rate", 99.123456m);
        insert.ExecuteNonQuery();

        Assert.Equal("2673.0000|99.1235", connection.Scalar("SELECT amount::VARCHAR || '|' || rate::VARCHAR FROM t"));
    }

    [Fact]
    public void AValueTooLargeForItsDecimalColumnIsRejectedByName()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (score DECIMAL(4,1))");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($score)";
        insert.Parameters.Add("score", 12345m);
        var error = Assert.Throws<DuckDbException>(() => insert.ExecuteNonQuery());
        Assert.Contains("$score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingParameterIsReportedByName()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.Scalar("SELECT $present + $absent", ("present", 1)));
        Assert.Contains("$absent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullParametersBindAsSqlNull()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (s VARCHAR, n INTEGER)");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ($s, $n)";
        insert.Parameters.Add("s", null);
        insert.Parameters.Add("n", DBNull.Value);
        insert.ExecuteNonQuery();
        Assert.Equal(1L, connection.Scalar("SELECT count(*) FROM t WHERE s IS NULL AND n IS NULL"));
    }
}
