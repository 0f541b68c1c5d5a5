namespace PerfEval.Extraction.Tests.Documents;

/// <summary>What runs on this machine now, read from /proc: to prove a killed tool left no process behind.</summary>
internal static class RunningProcesses
{
    public static bool AnyWithArgument(string argument) =>
        Directory.GetDirectories("/proc").Any(folder =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(argument, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });
}
