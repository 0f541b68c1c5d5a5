using Dapper;
using PerfEval.Loading.Peers;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Bench;

/// <summary>
/// `bench peers`: the cross-report pass over a warehouse of 100,000 reports (generated reports loaded, then
/// multiplied inside DuckDB into more units of the same districts): a full pass, and passes after a few reports
/// changed (journal entries as a load writes them), which recompute only those units and district-years.
/// </summary>
internal static class PeerBenchmark
{
    public static async Task<int> RunAsync(Cli.CliArguments args)
    {
        var reports = args.GetInt("reports", 100_000);
        var data = args.Get("data") is { } given
            ? Path.GetFullPath(given)
            : await BenchWarehouse.BuildAsync(reports, args.GetInt("loaded", 2_000), Console.Error);
        var database = new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb"));
        using var connection = database.Open();
        var runner = PeerCheckRunner.CreateDefault();
        var current = connection.ExecuteScalar<long>("SELECT count(*) FROM fact_report");
        var largest = connection.ExecuteScalar<long>(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM v_report GROUP BY district_code, fiscal_year)");

        var table = new BenchTable("pass", "reports judged", "peer flags", "wall s", "CPU s", "read s", "judge s", "write s");
        for (var i = 1; i <= 2; i++)
        {
            Add(table, $"full #{i}", connection, () => runner.Run(connection, all: true));
        }
        foreach (var changed in new[] { 1, 10, 100 })
        {
            // As a load journals what it wrote: the pass then recomputes those reports' units and district-years.
            connection.Execute($"""
                INSERT INTO load_journal (file_path, document_id, status, reason, parser_version, started_at, duration_ms, size_bytes)
                SELECT 'bench', document_id, 'loaded', NULL, 'bench', now()::TIMESTAMP, 0, 0
                FROM (SELECT document_id FROM fact_report ORDER BY hash(document_id) LIMIT {changed})
                """);
            Add(table, $"{changed} changed", connection, () => runner.Run(connection));
        }
        Console.WriteLine($"Peer pass over {current:N0} current reports (largest district-year: {largest:N0} reports)");
        Console.WriteLine();
        Console.WriteLine(table);
        var byRule = connection.Query<(string Rule, long Flags)>(
            "SELECT rule, count(*) FROM fact_flag WHERE rule IN ('score_peer_outlier', 'repeated_targets', 'duplicate_report') GROUP BY rule ORDER BY rule");
        Console.WriteLine("Peer flags by rule: " + string.Join(", ", byRule.Select(r => $"{r.Rule} {r.Flags:N0}")));
        return 0;
    }

    private static void Add(BenchTable table, string name, PerfEval.DuckDb.DuckDbConnection connection, Func<PeerPassResult> run)
    {
        PeerPassResult? pass = null;
        var measured = Measured.Of(() => pass = run());
        var flags = connection.ExecuteScalar<long>(
            "SELECT count(*) FROM fact_flag WHERE rule IN ('score_peer_outlier', 'repeated_targets', 'duplicate_report')");
        table.Add(name, pass!.Reports, flags, measured.Wall.TotalSeconds, measured.Cpu.TotalSeconds,
            pass.Read.TotalSeconds, pass.Judge.TotalSeconds, pass.Write.TotalSeconds);
    }
}
