using Dapper;
using PerfEval.Loading;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Loader.Bench;

/// <summary>
/// A warehouse of a given size for the dashboard benchmark: generated reports really loaded through the loader,
/// then multiplied inside DuckDB (sql/bench/replicate_reports.sql) into distinct units until the size is reached.
/// </summary>
internal static class BenchWarehouse
{
    public static async Task<string> BuildAsync(int reports, int loaded, TextWriter log)
    {
        var data = Path.Combine(Path.GetTempPath(), $"perfeval-bench-dashboard-{reports}");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
        var (_, corpus) = await BenchCorpus.GenerateAsync(loaded, ["txt"], seed: 11, years: 3);
        var database = new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb"));
        var loader = new DocumentLoader(database, new LoaderOptions { DataFolder = data, BatchSize = 1000 }, ReportProcessor.CreateDefault());
        var summary = loader.Load(BenchCorpus.Reports(corpus), new LoadRequest());
        log.WriteLine($"loaded {summary.Count("loaded")} generated reports in {summary.Elapsed.TotalSeconds:0.0} s");

        using var connection = database.Open();
        var current = connection.ExecuteScalar<long>("SELECT count(*) FROM v_report");
        var copies = (int)Math.Max(1, Math.Round(reports / (double)Math.Max(1, current)));
        connection.Execute(SqlScripts.Get("bench/create_copies.sql"), new { copies });
        connection.Execute(SqlScripts.Get("bench/replicate_reports.sql"));
        DashboardAggregates.RebuildAll(connection);
        log.WriteLine($"multiplied {current} current reports ×{copies} inside DuckDB");
        return data;
    }
}
