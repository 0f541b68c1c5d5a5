using System.Globalization;
using PerfEval.DuckDb;

namespace PerfEval.Loader.Bench;

/// <summary>
/// <c>perfeval bench warehouse [--rows N] [--repeat R] [--folder DIR]</c>: loads N rows (INTEGER, DOUBLE, VARCHAR,
/// DECIMAL(18,4), DATE) into file databases through the appender (row-wise and column-wise), DuckDB's own
/// INSERT … SELECT, and the Node client's appender; then times reads. Prints one Markdown table.
/// </summary>
public static class WarehouseBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "warehouse")
        {
            await Console.Error.WriteLineAsync("usage: perfeval bench warehouse [--rows 5000000] [--repeat 2] [--folder DIR]");
            return 2;
        }
        var rows = Option(args, "--rows", 5_000_000);
        var repeat = Option(args, "--repeat", 2);
        var folder = OptionText(args, "--folder") ?? Path.Combine(Path.GetTempPath(), "perfeval-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var table = await MeasureAsync(folder, rows, repeat);
            Console.WriteLine(table);
            return 0;
        }
        finally
        {
            if (OptionText(args, "--folder") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<string> MeasureAsync(string folder, int rows, int repeat)
    {
        var engine = Path.Combine(folder, "in-engine.duckdb");
        Progress($"{rows:N0} rows, best of {repeat}, in {folder}");
        var inEngine = Measured.Best(repeat, () => AppenderLoads.InEngine(engine, rows));
        Progress($"in-engine {Seconds(inEngine)}");
        var rowWise = Measured.Best(repeat, () => AppenderLoads.RowWise(Path.Combine(folder, "row-wise.duckdb"), rows));
        Progress($"row-wise {Seconds(rowWise)}");
        var columnWise = Measured.Best(repeat, () => AppenderLoads.ColumnWise(Path.Combine(folder, "column-wise.duckdb"), rows));
        Progress($"column-wise {Seconds(columnWise)}");
        var (node, nodeNote) = await NodeAppenderPeer.RunAsync(folder, Path.Combine(folder, "node.duckdb"), rows);
        Progress($"node {(node is { } n ? Seconds(n) : nodeNote)}");

        using var connection = new DuckDbConnection("Data Source=" + engine);
        connection.Open();
        var (provider, materialised, groups) = QueryBenchmarks.GroupByVersusInEngine(connection, repeats: 7);
        Progress("group by done");
        var records = rows >= 1_000_000
            ? (Dapper: QueryBenchmarks.RecordsViaDapper(connection, repeat + 1), Reader: QueryBenchmarks.RecordsViaReader(connection, repeat + 1))
            : ((Measured Dapper, Measured Reader)?)null;

        var lines = new List<string>
        {
            $"DuckDB {connection.ServerVersion} · {Environment.ProcessorCount} cores · load average at the end {LoadAverage()} · "
                + $"{rows:N0} rows (INTEGER, DOUBLE, VARCHAR, DECIMAL(18,4), DATE) into a file database · loads best of {repeat}",
            string.Empty,
            "| Measure | Wall clock | CPU time (all threads) | Target (wall) | Met |",
            "|---|---|---|---|---|",
            $"| In-engine `INSERT … SELECT … FROM range()` (ceiling) | {Rate(rows, inEngine.Wall)} ({Seconds(inEngine)}) | {Rate(rows, inEngine.Cpu)} per CPU-s ({Cpu(inEngine)}) | — | — |",
            $"| Appender, row-wise (`CreateRow().AppendValue(…).EndRow()`) | {Rate(rows, rowWise.Wall)} ({Seconds(rowWise)}) | {Rate(rows, rowWise.Cpu)} per CPU-s ({Cpu(rowWise)}) | ≥ 1 M rows/s | {Met(rows / rowWise.Wall.TotalSeconds >= 1_000_000)} |",
            $"| Appender, column-wise (chunk vectors) | {Rate(rows, columnWise.Wall)} ({Seconds(columnWise)}) = {Percent(inEngine.Wall / columnWise.Wall)} of in-engine | {Rate(rows, columnWise.Cpu)} per CPU-s = {Percent(inEngine.Cpu / columnWise.Cpu)} of in-engine | ≥ 50 % of in-engine | {Met(inEngine.Wall / columnWise.Wall >= 0.5)} |",
            node is { } peer
                ? $"| Node `{nodeNote}` appender, row-wise (peer) | {Rate(rows, peer.Wall)} ({Seconds(peer)}); ours/peer: row-wise {Ratio(peer.Wall / rowWise.Wall)}, column-wise {Ratio(peer.Wall / columnWise.Wall)} | {Rate(rows, peer.Cpu)} per CPU-s; ours/peer: row-wise {Ratio(peer.Cpu / rowWise.Cpu)}, column-wise {Ratio(peer.Cpu / columnWise.Cpu)} | ≥ 1.0 | {Met(peer.Wall / rowWise.Wall >= 1.0)} |"
                : $"| Node appender (peer) | not measured: {nodeNote} | — | ≥ 1.0 | — |",
            $"| GROUP BY {rows:N0} → {groups:N0} rows: read through the provider / `CREATE TEMP TABLE AS` in DuckDB (median of 7) | {Millis(provider.Wall)} / {Millis(materialised.Wall)} = {Ratio(provider.Wall / materialised.Wall)} | {Millis(provider.Cpu)} / {Millis(materialised.Cpu)} = {Ratio(provider.Cpu / materialised.Cpu)} | ≤ 1.2 | {Met(provider.Wall / materialised.Wall <= 1.2)} |",
        };
        if (records is var (dapper, reader))
        {
            lines.Add($"| 1 M rows → records via Dapper `Query<T>` | {Rate(1_000_000, dapper.Wall)} ({Seconds(dapper)}) | {Rate(1_000_000, dapper.Cpu)} per CPU-s | — | — |");
            lines.Add($"| 1 M rows → records via the typed reader | {Rate(1_000_000, reader.Wall)} ({Seconds(reader)}) | {Rate(1_000_000, reader.Cpu)} per CPU-s | — | — |");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Rate(int rows, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{rows / elapsed.TotalSeconds / 1_000_000:F2} M rows/s");

    private static string Seconds(Measured run) => string.Create(CultureInfo.InvariantCulture, $"{run.Wall.TotalSeconds:F2} s");

    private static string Cpu(Measured run) => string.Create(CultureInfo.InvariantCulture, $"{run.Cpu.TotalSeconds:F2} CPU-s");

    private static string Millis(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F0} ms");

    private static string Ratio(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}");

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:F0} %");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static void Progress(string message) => Console.Error.WriteLine("bench: " + message);

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
