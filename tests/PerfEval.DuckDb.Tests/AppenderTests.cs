using Dapper;

namespace PerfEval.DuckDb.Tests;

public sealed class AppenderTests
{
    private const string Table = "CREATE TABLE t (i INTEGER, l BIGINT, d DOUBLE, m DECIMAL(18,4), s VARCHAR, dt DATE, ts TIMESTAMP, b BOOLEAN, small DECIMAL(4,1), huge DECIMAL(38,10))";

    [Fact]
    public void RowsAppendedOneByOneLandWithEveryTypeAndNull()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run(Table);
        using (var appender = connection.CreateAppender("t"))
        {
            appender.CreateRow()
                .AppendValue(1).AppendValue(9_000_000_000L).AppendValue(0.5).AppendValue(2673.41m).AppendValue("株洲市芦淞区龙泉街道办事处")
                .AppendValue(new DateOnly(2023, 12, 31)).AppendValue(new DateTime(2026, 11, 24, 9, 0, 0)).AppendValue(true)
                .AppendValue(97.5m).AppendValue(1234567890123456.1234567891m)
                .EndRow();
            appender.CreateRow()
                .AppendValue((int?)null).AppendValue((long?)null).AppendValue((double?)null).AppendValue((decimal?)null).AppendValue((string?)null)
                .AppendValue((DateOnly?)null).AppendValue((DateTime?)null).AppendValue((bool?)null).AppendNullValue().AppendNullValue()
                .EndRow();
        }

        var row = connection.QuerySingle<(int, long, double, decimal, string, DateOnly, DateTime, bool, decimal, decimal)>("SELECT * FROM t WHERE i IS NOT NULL");
        Assert.Equal((1, 9_000_000_000L, 0.5, 2673.41m, "株洲市芦淞区龙泉街道办事处", new DateOnly(2023, 12, 31), new DateTime(2026, 11, 24, 9, 0, 0), true, 97.5m, 1234567890123456.1234567891m), row);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM t WHERE COLUMNS(*) IS NULL"));
    }

    [Fact]
    public void ManyChunksOfRowsAreAllAppended()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (i INTEGER, s VARCHAR, m DECIMAL(9,2))");
        using (var appender = connection.CreateAppender("t"))
        {
            for (var i = 0; i < 10_000; i++)
            {
                appender.CreateRow().AppendValue(i).AppendValue(i % 7 == 0 ? null : "name number " + i).AppendValue(i / 100m).EndRow();
            }
        }
        var (rows, sum, nulls, money) = connection.QuerySingle<(long, long, long, decimal)>("SELECT count(*), sum(i), count(*) - count(s), sum(m) FROM t");
        Assert.Equal((10_000L, 49_995_000L, 1429L, 499_950m), (rows, sum, nulls, money));
        Assert.Equal("name number 9999", connection.ExecuteScalar<string>("SELECT s FROM t WHERE i = 9999"));
    }

    [Fact]
    public void ColumnWiseChunksFillVectorsDirectly()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (i INTEGER, d DOUBLE, s VARCHAR, m DECIMAL(18,4), dt DATE)");
        using (var appender = connection.CreateAppender("t"))
        {
            var chunk = appender.BeginChunk();
            for (var start = 0; start < 5000; start += chunk.Capacity)
            {
                var count = Math.Min(chunk.Capacity, 5000 - start);
                var ints = chunk.GetColumn<int>(0);
                var doubles = chunk.GetColumn<double>(1);
                var scaled = chunk.GetColumn<long>(3);
                for (var r = 0; r < count; r++)
                {
                    var i = start + r;
                    ints[r] = i;
                    doubles[r] = i * 0.5;
                    chunk.SetString(2, r, i % 2 == 0 ? "even-" + i : "a much longer odd value number " + i);
                    scaled[r] = i * 10_000L + 1234;
                    chunk.SetDate(4, r, new DateOnly(2020, 1, 1).AddDays(i % 366));
                }
                chunk.SetNull(2, 0);
                chunk.Append(count);
            }
        }
        Assert.Equal((5000L, 12_497_500L, 3L, 12_497_500.0 / 2), connection.QuerySingle<(long, long, long, double)>("SELECT count(*), sum(i), count(*) - count(s), sum(d) FROM t"));
        Assert.Equal(4999.1234m, connection.ExecuteScalar<decimal>("SELECT m FROM t WHERE i = 4999"));
        Assert.Equal("a much longer odd value number 4097", connection.ExecuteScalar<string>("SELECT s FROM t WHERE i = 4097"));
        Assert.Equal(new DateOnly(2020, 1, 1).AddDays(4999 % 366), connection.ExecuteScalar<DateOnly>("SELECT dt FROM t WHERE i = 4999"));
    }

    [Fact]
    public void AConstraintViolationSurfacesWhenTheAppenderCloses()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL)");
        var appender = connection.CreateAppender("t");
        appender.CreateRow().AppendValue(1).AppendValue("a").EndRow();
        appender.CreateRow().AppendValue(1).AppendValue("b").EndRow();
        var error = Assert.Throws<DuckDbException>(appender.Dispose);
        Assert.Contains("PRIMARY KEY or UNIQUE constraint", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void ARowWithTooFewValuesIsRejected()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (a INTEGER, b INTEGER)");
        using var appender = connection.CreateAppender("t");
        var error = Assert.Throws<DuckDbException>(() => appender.CreateRow().AppendValue(1).EndRow());
        Assert.Contains("has 1 values but the table has 2 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppenderJoinsTheConnectionsTransaction()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (a INTEGER)");
        using (connection.BeginTransaction())
        {
            using var appender = connection.CreateAppender("t");
            appender.CreateRow().AppendValue(1).EndRow();
        }
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void AnUnknownTableIsReportedByDuckDb()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var error = Assert.Throws<DuckDbException>(() => connection.CreateAppender("missing"));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppenderOutlivingItsConnectionFailsCleanlyAndWritesNothing()
    {
        using var temp = new TempDatabase();
        var connection = temp.Open();
        connection.Run("CREATE TABLE t (a INTEGER)");
        var appender = connection.CreateAppender("t");
        appender.CreateRow().AppendValue(5).EndRow();
        connection.Dispose();

        var error = Assert.Throws<DuckDbException>(appender.Dispose);
        Assert.Contains("closed connection", error.Message, StringComparison.Ordinal);
        appender.Dispose();
        using var reopened = temp.Open();
        Assert.Equal(0L, reopened.Scalar("SELECT count(*) FROM t"));
    }
}
