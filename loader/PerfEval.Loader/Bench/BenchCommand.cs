namespace PerfEval.Loader.Bench;

/// <summary>`perfeval bench &lt;extract|accuracy|load|warehouse|dashboard&gt; [options]`: benchmarks that print their figures.</summary>
internal static class BenchCommand
{
    private static readonly Dictionary<string, Func<Cli.CliArguments, Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["extract"] = ExtractionBenchmark.RunAsync,
        ["accuracy"] = AccuracyBenchmark.RunAsync,
        ["load"] = LoadBenchmark.RunAsync,
        ["warehouse"] = args => WarehouseBenchmark.RunAsync(["warehouse", .. args.Raw]),
        ["dashboard"] = DashboardBenchmark.RunAsync,
        ["peers"] = PeerBenchmark.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
        {
            await Console.Error.WriteLineAsync("usage: perfeval bench <" + string.Join('|', Benchmarks.Keys) + "> [options]");
            return 2;
        }
        return await benchmark(new Cli.CliArguments(args[1..]));
    }
}
