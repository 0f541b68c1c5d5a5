using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb;

/// <summary>
/// One DuckDB instance cache per process: every connection to a file shares one database instance, so the file
/// is never opened twice here. Another process holding the file gets a clear error naming that process.
/// </summary>
internal static partial class DuckDbInstanceCache
{
    private static readonly DuckDbInstanceCacheHandle Cache = DuckDbInstanceCacheHandle.Create();

    /// <summary>How long an open waits for this process's previous instance of the file to finish shutting down.</summary>
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(10);

    public static DuckDbDatabaseHandle Open(string path)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var state = NativeMethods.GetOrCreateFromCache(Cache, path, out var database, 0, out var errorPointer);
            var error = NativeStrings.ReadAndFree(errorPointer);
            if (state == DuckDbState.Success)
            {
                return new DuckDbDatabaseHandle(database);
            }
            // Closing the last connection shuts the instance down (a checkpoint may take a while) after the cache has
            // already let go of it; until that finishes, DuckDB refuses a new instance of the same file.
            if (error?.Contains("Unique file handle conflict", StringComparison.Ordinal) == true && waited.Elapsed < ShutdownWait)
            {
                Thread.Sleep(Math.Min(50, attempt * 2));
                continue;
            }
            throw OpenFailure(path, error ?? "unknown error");
        }
    }

    private static DuckDbException OpenFailure(string path, string error)
    {
        var holder = LockHolder().Match(error);
        if (!holder.Success)
        {
            return new DuckDbException($"Could not open DuckDB database {path}: {error}");
        }
        var pid = int.Parse(holder.Groups["pid"].Value, CultureInfo.InvariantCulture);
        return new DuckDbException(
            $"The database is in use by process {pid} ({holder.Groups["program"].Value}) / path {path}. "
            + "DuckDB lets one process open a file for writing; stop that process or use another file. (" + error + ")")
        {
            LockHolderProcessId = pid,
            LockedPath = path,
        };
    }

    // DuckDB: 'Could not set lock on file "…": Conflicting lock is held in /usr/bin/dotnet (PID 1234) by user root.'
    [GeneratedRegex(@"Conflicting lock is held in (?<program>.*?) \(PID (?<pid>\d+)\)")]
    private static partial Regex LockHolder();
}
