using System.Diagnostics;
using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Loader.Bench;

/// <summary>
/// `bench extract`: read + extract + check throughput on one thread (per core) for txt, docx and pdf, and for pdf the
/// ratio to running pdftotext alone on the same files — the baseline measured in the same run.
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(Cli.CliArguments args)
    {
        var txtCount = args.GetInt("txt", 2000);
        var docxCount = args.GetInt("docx", 400);
        var pdfCount = args.GetInt("pdf", 40);
        var warmupFiles = args.GetInt("warmup", -1);
        var extractor = ReportExtractor.CreateDefault();
        var checker = ReportChecker.CreateDefault();
        var table = new BenchTable("format", "files", "seconds (1 thread)", "reports/s (wall)", "CPU seconds", "reports per CPU-second", "baseline", "ratio", "JIT ms in run", "GCs gen0/1/2", "allocated MB");
        foreach (var (format, count) in new[] { ("txt", txtCount), ("docx", docxCount), ("pdf", pdfCount) })
        {
            if (count == 0)
            {
                continue;
            }
            var (_, corpus) = await BenchCorpus.GenerateAsync(count, [format], seed: 11);
            var files = BenchCorpus.Reports(corpus);
            // Warm-up (JIT tiers, gazetteer, tools); --warmup N cycles through the corpus for N files.
            Pipeline(Enumerable.Range(0, warmupFiles < 0 ? files.Count : warmupFiles).Select(i => files[i % files.Count]), extractor, checker);
            var runtime = RuntimeActivity.Start();
            var run = Measured.Of(() => Pipeline(files, extractor, checker));
            var (jitMs, gcs, allocatedMb) = runtime.Stop();
            var seconds = run.Wall.TotalSeconds;
            var cpu = run.Cpu.TotalSeconds;
            if (format == "pdf")
            {
                var baseline = PdftotextAlone(files);
                table.Add(format, files.Count, seconds, files.Count / seconds, cpu, files.Count / cpu, $"pdftotext alone {baseline:0.00} s", $"{seconds / baseline:0.00}× (target ≤ 1.5×)", jitMs, gcs, allocatedMb);
            }
            else
            {
                var target = format == "txt" ? "target ≥ 1,000/s per core" : "target ≥ 200/s per core";
                table.Add(format, files.Count, seconds, files.Count / seconds, cpu, files.Count / cpu, target, "", jitMs, gcs, allocatedMb);
            }
        }
        Console.WriteLine(table);
        return 0;
    }

    private static void Pipeline(IEnumerable<string> files, ReportExtractor extractor, ReportChecker checker)
    {
        foreach (var file in files)
        {
            checker.Check(extractor.Extract(DocumentReader.Read(file)));
        }
    }

    private static double PdftotextAlone(IReadOnlyList<string> files)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[.. PdfToTextArguments.Layout, file, "-"])
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        return watch.Elapsed.TotalSeconds;
    }
}
