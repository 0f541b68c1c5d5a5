using System.Globalization;
using PerfEval.Extraction.Fuzzing;

namespace PerfEval.Loader.Cli;

/// <summary>
/// `perfeval fuzz [--seconds N] [--seed S] [--seeds FOLDER]`: fuzzes the number and table parsers and the extractor;
/// prints each distinct failure with its minimal input. Exit 1 when anything failed.
/// </summary>
public static class FuzzCommand
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(new CliArguments(args), Console.Out));

    public static int Run(CliArguments cli, TextWriter output)
    {
        var seconds = cli.GetInt("seconds", 60);
        var seed = cli.GetInt("seed", Environment.TickCount);
        var inputs = new FuzzInputs(SeedLines(cli.Get("seeds")));
        output.WriteLine($"fuzzing for {seconds} s with seed {seed} ({inputs.Seeds.Count} seed lines)");
        var report = new FuzzEngine(FuzzTargets.Default(inputs)).Run(seed, iterationsPerTarget: null, TimeSpan.FromSeconds(seconds));
        foreach (var (target, count) in report.Iterations)
        {
            output.WriteLine($"  {target,-18} {count.ToString("N0", CultureInfo.InvariantCulture),10} inputs");
        }
        foreach (var finding in report.Failures.Concat(report.Slow))
        {
            output.WriteLine(finding);
        }
        output.WriteLine($"{report.TotalIterations:N0} inputs in {report.Elapsed.TotalSeconds:0.0} s: {report.Failures.Count} failures, {report.Slow.Count} slow");
        return report.Failures.Count == 0 && report.Slow.Count == 0 ? 0 : 1;
    }

    /// <summary>Non-empty lines of the .txt files in <paramref name="folder"/>; none gives the built-in seeds.</summary>
    private static List<string> SeedLines(string? folder) =>
        folder is null || !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateFiles(folder, "*.txt").SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(l => l.TrimEnd())];
}
