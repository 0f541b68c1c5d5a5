namespace PerfEval.Loader.Bench;

/// <summary>One benchmark row; every load writes the same values, derived from the row number.</summary>
public sealed record BenchRow(int Id, double Value, string Name, decimal Amount, DateOnly Day)
{
    public const string CreateTable = "CREATE TABLE bench (id INTEGER, value DOUBLE, name VARCHAR, amount DECIMAL(18,4), day DATE)";

    /// <summary>The same rows generated inside DuckDB: the in-engine ceiling.</summary>
    public static string InsertSelect(int rows) =>
        "INSERT INTO bench SELECT range::INTEGER, range * 0.5, 'name-' || range, ((range % 1000000) / 100)::DECIMAL(18,4), "
        + $"DATE '2020-01-01' + (range % 3650)::INTEGER FROM range({rows})";

    public static readonly DateOnly FirstDay = new(2020, 1, 1);

    /// <summary>amount = (i mod 1,000,000) / 100, held as DECIMAL(18,4): value × 10^4.</summary>
    public static long ScaledAmount(int i) => (i % 1_000_000) * 100L;

    public static DateOnly DayOf(int i) => FirstDay.AddDays(i % 3650);
}
