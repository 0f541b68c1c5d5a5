using System.Diagnostics;

namespace PerfEval.Loader.Bench;

/// <summary>The process's peak resident memory, resettable so one stage's peak is not the corpus generator's.</summary>
internal static class PeakMemory
{
    /// <summary>Starts a new peak (Linux: "5" to clear_refs resets VmHWM); elsewhere the peak stays the process's.</summary>
    public static void Reset()
    {
        if (File.Exists("/proc/self/clear_refs"))
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
    }

    public static double Megabytes()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1048576.0;
    }
}
