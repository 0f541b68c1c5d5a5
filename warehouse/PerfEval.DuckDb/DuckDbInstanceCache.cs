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

    public static DuckDbDatabaseHandle Open(string path)
    {
        var state = NativeMethods.GetOrCreateFromCache(Cache, path, out var database, 0, out var errorPointer);
        var error = NativeStrings.ReadAndFree(errorPointer);
        if (state == DuckDbState.Success)
        {
            return new DuckDbDatabaseHandle(database);
        }
        throw OpenFailure(path, error ?? "unknown error");
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
