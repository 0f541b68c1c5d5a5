using System.Diagnostics;

namespace PerfEval.Loader.Bench;

/// <summary>
/// Wall-clock and CPU time of one run. On a shared machine the wall clock includes waiting for a core; the CPU
/// time (all threads of this process, DuckDB's workers included) shows what the work itself cost.
/// </summary>
public readonly record struct Measured(TimeSpan Wall, TimeSpan Cpu)
{
    public static Measured Of(Action work) => OfAsync(() =>
    {
        work();
        return Task.CompletedTask;
    }).GetAwaiter().GetResult();

    public static async Task<Measured> OfAsync(Func<Task> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work();
        var wall = clock.Elapsed;
        process.Refresh();
        return new Measured(wall, process.TotalProcessorTime - cpu);
    }

    /// <summary>The run with the shortest wall clock: the one least disturbed by other processes.</summary>
    public static Measured Best(int repeat, Func<Measured> run) =>
        Enumerable.Range(0, repeat).Select(_ => run()).MinBy(m => m.Wall);

    public static Measured Median(IEnumerable<Measured> runs)
    {
        var list = runs.OrderBy(m => m.Wall).ToList();
        return list[list.Count / 2];
    }
}
