using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb.Execution;

/// <summary>A prepared statement with its parameters' names and types, read once when it was prepared.</summary>
internal sealed class PreparedStatement : IDisposable
{
    public PreparedStatement(DuckDbPreparedStatementHandle handle, long version)
    {
        Handle = handle;
        Version = version;
        Type = NativeMethods.PreparedStatementType(handle);
        var count = (int)NativeMethods.ParameterCount(handle);
        Parameters = new PreparedParameter[count];
        for (var i = 0; i < count; i++)
        {
            var index = (ulong)i + 1;
            var name = NativeStrings.ReadAndFree(NativeMethods.ParameterName(handle, index)) ?? string.Empty;
            var type = NativeMethods.ParameterType(handle, index);
            var logical = type == DuckDbType.Decimal
                ? DuckDbLogicalType.FromNative(NativeMethods.ParameterLogicalType(handle, index))
                : new DuckDbLogicalType(type, type, 0, 0);
            Parameters[i] = new PreparedParameter(index, name, logical);
        }
    }

    public DuckDbPreparedStatementHandle Handle { get; }

    public PreparedParameter[] Parameters { get; }

    public DuckDbStatementType Type { get; }

    /// <summary>The database's <see cref="DataVersion"/> when this was planned (read before preparing).</summary>
    public long Version { get; }

    /// <summary>Whether running it may change the data or the schema (anything but a query).</summary>
    public bool Changes => Type is not (DuckDbStatementType.Select or DuckDbStatementType.Explain);

    /// <summary>
    /// Queries and row changes may be executed again. DDL may not: DuckDB 1.5.6 re-running a prepared
    /// CREATE TABLE … AS creates a table without columns, or crashes the process once the table was dropped.
    /// </summary>
    public bool Reusable => Type is DuckDbStatementType.Select or DuckDbStatementType.Insert
        or DuckDbStatementType.Update or DuckDbStatementType.Delete;

    public void Dispose() => Handle.Dispose();
}

/// <summary>One parameter slot: its 1-based index, its name ("1" for positional ones) and the type DuckDB inferred.</summary>
internal sealed record PreparedParameter(ulong Index, string Name, DuckDbLogicalType Type);
