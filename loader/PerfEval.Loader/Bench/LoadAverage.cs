namespace PerfEval.Loader.Bench;

/// <summary>The machine's 1-minute load average, printed beside timings taken on a shared machine.</summary>
internal static class LoadAverage
{
    public static string OneMinute() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
