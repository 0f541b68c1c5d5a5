using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb.Execution;

/// <summary>A prepared statement with its parameters' names and types, read once when it was prepared.</summary>
internal sealed class PreparedStatement : IDisposable
{
    public PreparedStatement(DuckDbPreparedStatementHandle handle)
    {
        Handle = handle;
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

    public void Dispose() => Handle.Dispose();
}

/// <summary>One parameter slot: its 1-based index, its name ("1" for positional ones) and the type DuckDB inferred.</summary>
internal sealed record PreparedParameter(ulong Index, string Name, DuckDbLogicalType Type);
