using System.Collections.Concurrent;

namespace PerfEval.DuckDb.Execution;

/// <summary>
/// Counts the changes made through this process to one database (every connection to a file shares it), so a
/// prepared statement planned before a change is planned again: DuckDB plans with the table statistics of the
/// moment (a filter no stored row could pass becomes an empty result; count, min and max are read from the
/// statistics; a join's static key range too) and does not plan a prepared statement again when only data changed
/// (duckdb/duckdb#23704, #24182; fixed upstream by #24696, after the 1.5.6 we load). Another process cannot
/// write a file this process has open, so changes made here are all there are.
/// </summary>
internal sealed class DataVersion
{
    private static readonly ConcurrentDictionary<string, DataVersion> Files = new(StringComparer.Ordinal);
    private long value;

    public long Current => Interlocked.Read(ref value);

    /// <summary>The version of the database at <paramref name="path"/> (in-memory ones of one name share it, at worst planning again).</summary>
    public static DataVersion For(string path) => Files.GetOrAdd(path, _ => new DataVersion());

    public void Changed() => Interlocked.Increment(ref value);
}
