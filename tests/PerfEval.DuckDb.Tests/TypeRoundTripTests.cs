namespace PerfEval.DuckDb.Tests;

public sealed class TypeRoundTripTests
{
    [Theory]
    [InlineData("DECIMAL(4,1)", "-999.9")]
    [InlineData("DECIMAL(4,1)", "12.5")]
    [InlineData("DECIMAL(9,2)", "9999999.99")]
    [InlineData("DECIMAL(9,2)", "-0.01")]
    [InlineData("DECIMAL(18,4)", "99999999999999.9999")]
    [InlineData("DECIMAL(18,4)", "2673.4100")]
    [InlineData("DECIMAL(38,10)", "1234567890123456.1234567891")]
    [InlineData("DECIMAL(38,10)", "-0.0000000001")]
    public void DecimalsOfEveryInternalWidthRoundTripExactly(string type, string text)
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run($"CREATE TABLE t (v {type})");
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t VALUES ($v)";
            insert.Parameters.Add("v", value);
            insert.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v, v::VARCHAR FROM t";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(typeof(decimal), reader.GetFieldType(0));
        Assert.Equal(value, reader.GetDecimal(0));
        Assert.Equal(text, reader.GetString(1));
    }

    [Fact]
    public void ADecimalLiteralReadsBackWithItsScale()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        Assert.Equal("573.3800", ((decimal)connection.Scalar("SELECT 573.38::DECIMAL(18,4)")!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("twelve bytes")]
    [InlineData("thirteen byte")]
    [InlineData("a string long enough to be stored behind a pointer, not inline")]
    [InlineData("株洲市芦淞区龙泉街道办事处")]
    [InlineData("龙泉")]
    public void VarcharsRoundTripInlineAndByPointer(string text)
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (s VARCHAR)");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t VALUES ($s)";
            insert.Parameters.Add("s", text);
            insert.ExecuteNonQuery();
        }

        Assert.Equal(text, connection.Scalar("SELECT s FROM t"));
        Assert.Equal((long)System.Text.Encoding.UTF8.GetByteCount(text), connection.Scalar("SELECT strlen(s) FROM t"));
    }

    [Fact]
    public void DatesAndTimestampsRoundTrip()
    {
        using var temp = new TempDatabase();
        using var connection = temp.Open();
        connection.Run("CREATE TABLE t (d DATE, ts TIMESTAMP)");
        var date = new DateOnly(2023, 12, 31);
        var timestamp = new DateTime(2026, 11, 24, 9, 30, 15, 123).AddTicks(4560);
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t VALUES ($d, $ts), (DATE '1969-07-20', TIMESTAMP '1900-01-01 00:00:00')";
            insert.Parameters.Add("d", date);
            insert.Parameters.Add("ts", timestamp);
            Assert.Equal(2, insert.ExecuteNonQuery());
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d, ts, d::VARCHAR, ts::VARCHAR FROM t ORDER BY d DESC";
        using var reader = command.ExecuteReader();
        Assert.Equal(typeof(DateOnly), reader.GetFieldType(0));
        Assert.Equal(typeof(DateTime), reader.GetFieldType(1));
        Assert.True(reader.Read());
        Assert.Equal(date, reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(timestamp, reader.GetDateTime(1));
        Assert.Equal("2023-12-31", reader.GetString(2));
        Assert.Equal("2026-11-24 09:30:15.123456", reader.GetString(3));
        Assert.True(reader.Read());
        Assert.Equal(new DateOnly(1969, 7, 20), reader.GetValue(0));
        Assert.Equal(new DateTime(1900, 1, 1), reader.GetDateTime(1));
    }

    [Fact]
    public void EveryScalarTypeReadsAsItsClrType()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT true, 42::INTEGER, 9000000000::BIGINT, 0.25::DOUBLE, 7::SMALLINT, 'x', NULL::INTEGER, '5b4e1f1c-8a5f-4d6c-9c43-1f2e3d4c5b6a'::UUID";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.GetBoolean(0));
        Assert.Equal(42, reader.GetInt32(1));
        Assert.Equal(9_000_000_000L, reader.GetInt64(2));
        Assert.Equal(0.25, reader.GetDouble(3));
        Assert.Equal((short)7, reader.GetValue(4));
        Assert.Equal("x", reader.GetValue(5));
        Assert.True(reader.IsDBNull(6));
        Assert.Equal(DBNull.Value, reader.GetValue(6));
        Assert.Equal(Guid.Parse("5b4e1f1c-8a5f-4d6c-9c43-1f2e3d4c5b6a"), reader.GetGuid(7));
        Assert.Equal([typeof(bool), typeof(int), typeof(long), typeof(double), typeof(short), typeof(string), typeof(int), typeof(Guid)],
            Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType));
        Assert.False(reader.Read());
    }

    [Fact]
    public void NullsOfEveryTypeAreDbNull()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Run("CREATE TABLE t (b BOOLEAN, i INTEGER, l BIGINT, d DOUBLE, m DECIMAL(18,4), s VARCHAR, dt DATE, ts TIMESTAMP)");
        connection.Run("INSERT INTO t VALUES (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM t";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        for (var i = 0; i < reader.FieldCount; i++)
        {
            Assert.True(reader.IsDBNull(i));
        }
        Assert.Throws<InvalidCastException>(() => reader.GetDecimal(4));
    }

    [Fact]
    public void ResultsLongerThanOneChunkAreReadCompletely()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT range::INTEGER AS i, CASE WHEN range % 3 = 0 THEN NULL ELSE 'v' || range END AS s FROM range(10000) ORDER BY i";
        using var reader = command.ExecuteReader();
        long sum = 0;
        var nulls = 0;
        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal(rows, reader.GetInt32(0));
            sum += reader.GetInt32(0);
            if (reader.IsDBNull(1))
            {
                nulls++;
            }
            else
            {
                Assert.Equal("v" + rows, reader.GetString(1));
            }
            rows++;
        }
        Assert.Equal(10000, rows);
        Assert.Equal(49_995_000L, sum);
        Assert.Equal(3334, nulls);
    }

    [Fact]
    public void ADataTableLoadsFromTheReader()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 AS id, 573.38::DECIMAL(18,4) AS amount, '龙泉' AS name UNION ALL SELECT 2, NULL, 'x' ORDER BY id";
        using var reader = command.ExecuteReader();
        using var table = new System.Data.DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Load(reader);
        Assert.Equal(["id", "amount", "name"], table.Columns.Cast<System.Data.DataColumn>().Select(c => c.ColumnName));
        Assert.Equal(typeof(decimal), table.Columns["amount"]!.DataType);
        Assert.Equal(573.38m, table.Rows[0]["amount"]);
        Assert.Equal(DBNull.Value, table.Rows[1]["amount"]);
        Assert.Equal("龙泉", table.Rows[0]["name"]);
    }
}
