using System.Diagnostics;
using Dapper;
using PerfEval.DuckDb;
using PerfEval.DuckDb.Diagnostics;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Loader.Bench;

/// <summary>
/// `bench dashboard`: each page rendered on the server by the real dashboard on Kestrel over a warehouse of
/// 100,000 reports — median and p95 of the full request — against the time its queries take inside DuckDB
/// (each statement the page ran, replayed under `EXPLAIN ANALYZE`: run in full, nothing leaves the engine but its profile;
/// `CREATE TEMP TABLE AS` would be the other way, but DuckDB 1.5.6 divides by zero in its batch insert for some of these plans).
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task<int> RunAsync(Cli.CliArguments args)
    {
        var reports = args.GetInt("reports", 100_000);
        var requests = args.GetInt("requests", 20);
        var data = args.Get("data") is { } given
            ? Path.GetFullPath(given)
            : await BenchWarehouse.BuildAsync(reports, args.GetInt("loaded", 2_000), Console.Error);

        using var recorder = new CommandRecorder();
        await using var host = await BenchDashboardHost.StartAsync(data);
        var database = new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb"));
        var targets = PageTargets(database);
        var only = args.Get("pages")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var perStatement = new BenchTable("page", "query", "in DuckDB ms", "in DuckDB CPU ms");
        var table = new BenchTable(
            "page", "KB", "median ms", "p95 ms", "median CPU ms", "statements", "in DuckDB ms", "in DuckDB CPU ms", "ratio", "CPU ratio", "p95 ≤ 150 ms", "ratio ≤ 2");
        foreach (var (name, url) in Pages(targets).Where(p => only is null || only.Any(o => p.Name.Contains(o, StringComparison.Ordinal))))
        {
            var runs = new List<Measured>();
            IReadOnlyList<ExecutingCommand> statements = [];
            byte[] body = [];
            for (var i = 0; i < requests + 3; i++)
            {
                recorder.Take();
                var run = await Measured.OfAsync(async () => body = await host.GetPageAsync(url));
                statements = recorder.Take();
                if (i >= 3)
                {
                    runs.Add(run); // the first three warm the caches and the prepared statements
                }
            }
            if (args.Get("save") is { } folder)
            {
                Directory.CreateDirectory(folder); // the page as served, to see what its weight is made of
                await File.WriteAllBytesAsync(Path.Combine(folder, $"page{table.Count}.html"), body);
            }
            var median = Measured.Median(runs);
            var p95 = runs.OrderBy(r => r.Wall).ElementAt((int)Math.Ceiling(runs.Count * 0.95) - 1).Wall.TotalMilliseconds;
            var replays = InEngine(database, statements);
            replays.ForEach(r => perStatement.Add(name, r.Query, r.Time.Wall.TotalMilliseconds, r.Time.Cpu.TotalMilliseconds));
            var engine = new Measured(
                TimeSpan.FromTicks(replays.Sum(r => r.Time.Wall.Ticks)), TimeSpan.FromTicks(replays.Sum(r => r.Time.Cpu.Ticks)));
            var ratio = median.Wall / engine.Wall;
            table.Add(
                name, body.Length / 1024, median.Wall.TotalMilliseconds, p95, median.Cpu.TotalMilliseconds, statements.Count,
                engine.Wall.TotalMilliseconds, engine.Cpu.TotalMilliseconds, ratio, median.Cpu / engine.Cpu,
                p95 <= 150 ? "yes" : "**no**", ratio <= 2 ? "yes" : "**no**");
        }
        Console.WriteLine($"Dashboard pages rendered on the server · {targets.Reports:N0} current reports · {requests} requests per page after 3 warm-ups · "
            + $"{Environment.ProcessorCount} cores · load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine(table);
        if (args.Has("statements"))
        {
            Console.WriteLine(perStatement);
        }
        return 0;
    }

    private static IEnumerable<(string Name, string Url)> Pages(Targets t) =>
    [
        ("总览 /", $"/?year={t.Year}"),
        ("总览 / (district)", $"/?year={t.Year}&district={t.District}"),
        ("单位 /units", $"/units?year={t.Year}"),
        ("单位 /units/{key}", $"/units/{Uri.EscapeDataString(t.UnitKey)}"),
        ("对比 /compare", $"/compare?a={t.Year - 1}&b={t.Year}"),
        ("预警 /flags", $"/flags?year={t.Year}"),
        ("报告 /reports", $"/reports?year={t.Year}"),
        ("报告 /reports/{id}", $"/reports/{Uri.EscapeDataString(t.DocumentId)}"),
        ("导入 /loads", "/loads"),
    ];

    /// <summary>Median of five replays of each query the page ran (summed: the time the page's questions take inside DuckDB).</summary>
    private static List<(string Query, Measured Time)> InEngine(WarehouseDatabase database, IReadOnlyList<ExecutingCommand> statements)
    {
        using var connection = database.Open();
        var replays = new List<(string, Measured)>();
        foreach (var statement in statements.Where(s => IsQuery(s.CommandText)))
        {
            var median = Measured.Median(Enumerable.Range(0, 5).Select(_ => Measured.Of(() =>
            {
                using var command = new DuckDbCommand("EXPLAIN ANALYZE\n" + statement.CommandText, connection);
                foreach (var parameter in statement.Parameters)
                {
                    command.Parameters.Add(new DuckDbParameter(parameter.ParameterName, parameter.Value));
                }
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                }
            })).ToList());
            replays.Add((QueryName(statement.CommandText), median));
        }
        return replays;
    }

    /// <summary>The sql/queries file a statement came from, for the per-statement breakdown.</summary>
    private static string QueryName(string sql) =>
        SqlScripts.List("queries/").FirstOrDefault(n => SqlScripts.Get(n) == sql) is { } name
            ? Path.GetFileNameWithoutExtension(name)
            : sql.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal)) ?? "?";

    private static bool IsQuery(string sql)
    {
        var code = string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).TrimStart();
        return code.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || code.StartsWith("WITH", StringComparison.OrdinalIgnoreCase)
            || code.StartsWith("FROM", StringComparison.OrdinalIgnoreCase);
    }

    private static Targets PageTargets(WarehouseDatabase database)
    {
        using var connection = database.Open();
        return connection.QuerySingle<Targets>(SqlScripts.Get("bench/page_targets.sql"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record Targets(int Year, string District, string UnitKey, string DocumentId, long Reports);
}
