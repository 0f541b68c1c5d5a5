using System.Diagnostics;
using System.Globalization;
using PerfEval.Generator;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval generate &lt;out-folder&gt; [options]`: writes a synthetic corpus with ground truth and prints its rate.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        GenerateArguments parsed;
        try
        {
            parsed = GenerateArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message + Environment.NewLine + GenerateArguments.Usage);
            return 2;
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await CorpusGenerator.GenerateAsync(parsed.Spec, parsed.OutFolder, cancel.Token);
            var seconds = clock.Elapsed.TotalSeconds;
            var anomalous = result.Rows.Count(r => r.Anomalies.Count > 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Rows.Count} reports ({anomalous} with planted anomalies) in {seconds:F1} s, {result.Rows.Count / Math.Max(seconds, 1e-6):F0} reports/s → {result.ManifestPath}"));
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or TimeoutException)
        {
            await Console.Error.WriteLineAsync("generate failed: " + e.Message);
            return 1;
        }
    }
}
