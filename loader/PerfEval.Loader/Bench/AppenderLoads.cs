using PerfEval.DuckDb;

namespace PerfEval.Loader.Bench;

/// <summary>The same rows loaded three ways into a fresh file database each; returns the load time only.</summary>
internal static class AppenderLoads
{
    public static Measured InEngine(string path, int rows)
    {
        using var connection = Create(path);
        using var command = connection.CreateCommand();
        command.CommandText = BenchRow.InsertSelect(rows);
        return Measured.Of(() => command.ExecuteNonQuery());
    }

    public static Measured RowWise(string path, int rows)
    {
        using var connection = Create(path);
        return Measured.Of(() => AppendRows(connection, rows));
    }

    public static Measured ColumnWise(string path, int rows)
    {
        using var connection = Create(path);
        return Measured.Of(() => AppendChunks(connection, rows));
    }

    private static void AppendRows(DuckDbConnection connection, int rows)
    {
        Span<char> name = stackalloc char[16];
        "name-".CopyTo(name);
        using (var appender = connection.CreateAppender("bench"))
        {
            for (var i = 0; i < rows; i++)
            {
                i.TryFormat(name[5..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                appender.CreateRow()
                    .AppendValue(i)
                    .AppendValue(i * 0.5)
                    .AppendValue(name[..(5 + digits)])
                    .AppendValue(new decimal((int)BenchRow.ScaledAmount(i), 0, 0, isNegative: false, scale: 4))
                    .AppendValue(BenchRow.DayOf(i))
                    .EndRow();
            }
        }
    }

    private static void AppendChunks(DuckDbConnection connection, int rows)
    {
        Span<char> name = stackalloc char[16];
        "name-".CopyTo(name);
        var firstDay = BenchRow.FirstDay.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
        using (var appender = connection.CreateAppender("bench"))
        {
            var chunk = appender.BeginChunk();
            for (var start = 0; start < rows; start += chunk.Capacity)
            {
                var count = Math.Min(chunk.Capacity, rows - start);
                var ids = chunk.GetColumn<int>(0);
                var values = chunk.GetColumn<double>(1);
                var amounts = chunk.GetColumn<long>(3);
                var days = chunk.GetColumn<int>(4);
                for (var r = 0; r < count; r++)
                {
                    var i = start + r;
                    ids[r] = i;
                    values[r] = i * 0.5;
                    i.TryFormat(name[5..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                    chunk.SetString(2, r, name[..(5 + digits)]);
                    amounts[r] = BenchRow.ScaledAmount(i);
                    days[r] = firstDay + (i % 3650);
                }
                chunk.Append(count);
            }
        }
    }

    private static DuckDbConnection Create(string path)
    {
        File.Delete(path);
        var connection = new DuckDbConnection("Data Source=" + path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = BenchRow.CreateTable;
        command.ExecuteNonQuery();
        return connection;
    }
}
