using System.Runtime;

namespace PerfEval.Loader.Bench;

/// <summary>
/// What the runtime did beside the measured work: JIT compile time (all threads), collections per generation and
/// bytes allocated — the part of "CPU seconds" that is not the extraction's own code.
/// </summary>
internal readonly record struct RuntimeActivity(TimeSpan Jit, int Gen0, int Gen1, int Gen2, long Allocated)
{
    public static RuntimeActivity Start() => Now();

    public (double JitMs, string Gcs, double AllocatedMb) Stop()
    {
        var end = Now();
        return ((end.Jit - Jit).TotalMilliseconds,
            $"{end.Gen0 - Gen0}/{end.Gen1 - Gen1}/{end.Gen2 - Gen2}",
            (end.Allocated - Allocated) / 1048576.0);
    }

    private static RuntimeActivity Now() => new(
        JitInfo.GetCompilationTime(currentThread: false),
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalAllocatedBytes(precise: true));
}
