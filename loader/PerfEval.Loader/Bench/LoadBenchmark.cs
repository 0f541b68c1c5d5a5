using System.Diagnostics;
using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Bench;

/// <summary>
/// `bench load`: end-to-end load of generated .txt reports (read, extract, check, warehouse) at 10,000 and 100,000
/// reports: wall time, reports/s, peak memory and each stage's share, so growth with size is visible; the
/// cross-report (peer) pass after the batches, on the single writer, in seconds of wall time.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(Cli.CliArguments args)
    {
        var sizes = (args.Get("sizes") ?? "10000,100000").Split(',').Select(int.Parse).ToList();
        var table = new BenchTable(
            "reports", "wall s", "reports/s", "peak RSS MB", "read %", "extract+check %", "write %", "write s", "peers s", "load avg start→end", "generate s");
        foreach (var size in sizes)
        {
            var generate = Stopwatch.StartNew();
            var (_, corpus) = await BenchCorpus.GenerateAsync(size, ["txt"], seed: 3, years: 5);
            generate.Stop();
            var data = Path.Combine(Path.GetTempPath(), "perfeval-bench-load-" + size);
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
            var options = new LoaderOptions
            {
                DataFolder = data,
                BatchSize = 1000,
            }.WithOneShotWarehouse();
            var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());
            var reports = BenchCorpus.Reports(corpus);
            GC.Collect();
            // The load's own peak: generating the corpus in this process must not count.
            PeakMemory.Reset();
            var loadAverage = LoadAverage.OneMinute();
            var summary = loader.Load(reports, new LoadRequest());
            var stages = summary.Stages;
            // Read and extract run on every core; shares are of thread-time, writing is on the single writer.
            var total = stages.ReadMs + stages.ProcessMs + stages.WriteMs;
            table.Add(
                size,
                summary.Elapsed.TotalSeconds,
                size / summary.Elapsed.TotalSeconds,
                PeakMemory.Megabytes(),
                $"{100 * stages.ReadMs / total:0.0}",
                $"{100 * stages.ProcessMs / total:0.0}",
                $"{100 * stages.WriteMs / total:0.0}",
                stages.WriteMs / 1000,
                stages.PeersMs / 1000,
                loadAverage + " → " + LoadAverage.OneMinute(),
                generate.Elapsed.TotalSeconds);
            Console.Error.WriteLine($"{size}: {summary.Count("loaded")} loaded, {summary.Count("quarantined")} quarantined");
        }
        Console.WriteLine("End-to-end load of generated .txt reports (target: 100,000 in ≤ 5 min, peak RSS ≤ 1 GB)");
        Console.WriteLine();
        Console.WriteLine(table);
        return 0;
    }
}
