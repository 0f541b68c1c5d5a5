using Dapper;
using PerfEval.DuckDb;

namespace PerfEval.Loader.Bench;

/// <summary>Reads through the provider against the same work done entirely inside DuckDB.</summary>
internal static class QueryBenchmarks
{
    public const string GroupBy = "SELECT id % 1000 AS bucket, count(*) AS n, sum(amount) AS total, avg(value) AS mean FROM bench GROUP BY bucket";
    public const string FirstMillion = "SELECT id, value, name, amount, day FROM bench WHERE id < 1000000";

    /// <summary>Medians: the grouped rows read through the provider, and the same query materialised by CREATE TABLE AS.</summary>
    public static (Measured Provider, Measured InEngine, int Rows) GroupByVersusInEngine(DuckDbConnection connection, int repeats)
    {
        var rows = ReadGrouped(connection);
        Materialise(connection);
        var provider = new List<Measured>();
        var inEngine = new List<Measured>();
        for (var i = 0; i < repeats; i++)
        {
            provider.Add(Measured.Of(() => ReadGrouped(connection)));
            inEngine.Add(Measured.Of(() => Materialise(connection)));
        }
        return (Measured.Median(provider), Measured.Median(inEngine), rows);
    }

    public static Measured RecordsViaDapper(DuckDbConnection connection, int repeats) =>
        Measured.Best(repeats, () => Measured.Of(() => Check(connection.Query<BenchRow>(FirstMillion).AsList().Count)));

    public static Measured RecordsViaReader(DuckDbConnection connection, int repeats) =>
        Measured.Best(repeats, () => Measured.Of(() =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = FirstMillion;
            using var reader = command.ExecuteReader();
            var rows = new List<BenchRow>();
            while (reader.Read())
            {
                rows.Add(new BenchRow(reader.GetInt32(0), reader.GetDouble(1), reader.GetString(2), reader.GetDecimal(3), reader.GetDate(4)));
            }
            Check(rows.Count);
        }));

    private static int ReadGrouped(DuckDbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = GroupBy;
        using var reader = command.ExecuteReader();
        var rows = 0;
        decimal total = 0;
        while (reader.Read())
        {
            total += reader.GetDecimal(2);
            rows++;
        }
        return total > 0 ? rows : throw new InvalidOperationException("The grouped totals are empty.");
    }

    private static void Materialise(DuckDbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE OR REPLACE TEMP TABLE grouped AS " + GroupBy;
        command.ExecuteNonQuery();
    }

    private static void Check(int rows)
    {
        if (rows != 1_000_000)
        {
            throw new InvalidOperationException($"Expected 1,000,000 records, read {rows}.");
        }
    }
}
