using System.Text;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb.Execution;

/// <summary>
/// Runs a command's text statement by statement (a script may hold many): each is prepared only after the one
/// before it ran, bound, and executed. Results that carry rows are kept for the reader; row counts are summed.
/// </summary>
internal static class StatementRunner
{
    public static ExecutedStatements Run(DuckDbConnection connection, string sql, DuckDbParameterCollection parameters, CancellationToken cancellation)
    {
        var native = connection.NativeHandle;
        sql = ListParameterExpansion.Expand(sql, parameters);
        using var extracted = Extract(native, sql, out var count);
        var results = new List<DuckDbResultHandle>();
        long affected = -1;
        try
        {
            for (ulong i = 0; i < count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var result = ExecuteOne(native, extracted, i, parameters);
                switch (NativeMethods.ResultReturnType(result.Value))
                {
                    case DuckDbResultType.QueryResult:
                        results.Add(result);
                        break;
                    case DuckDbResultType.ChangedRows:
                        affected = Math.Max(affected, 0) + (long)NativeMethods.RowsChanged(result);
                        result.Dispose();
                        break;
                    default:
                        result.Dispose();
                        break;
                }
            }
        }
        catch
        {
            results.ForEach(r => r.Dispose());
            throw;
        }
        return new ExecutedStatements(results, affected);
    }

    private static unsafe DuckDbExtractedStatementsHandle Extract(DuckDbConnectionHandle connection, string sql, out ulong count)
    {
        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(sql.Length) + 1];
        var length = Encoding.UTF8.GetBytes(sql, utf8);
        utf8[length] = 0;
        nint pointer;
        fixed (byte* text = utf8)
        {
            count = NativeMethods.ExtractStatements(connection, text, out pointer);
        }
        var extracted = new DuckDbExtractedStatementsHandle(pointer);
        if (count == 0)
        {
            var error = NativeStrings.Read(NativeMethods.ExtractStatementsError(extracted));
            if (error is not null)
            {
                extracted.Dispose();
                throw new DuckDbException(error);
            }
        }
        return extracted;
    }

    private static DuckDbResultHandle ExecuteOne(DuckDbConnectionHandle connection, DuckDbExtractedStatementsHandle extracted, ulong index, DuckDbParameterCollection parameters)
    {
        var state = NativeMethods.PrepareExtractedStatement(connection, extracted, index, out var pointer);
        using var prepared = new DuckDbPreparedStatementHandle(pointer);
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException(NativeStrings.Read(NativeMethods.PrepareError(prepared)) ?? "The statement could not be prepared.");
        }
        ParameterBinder.Bind(prepared, parameters);
        var result = DuckDbResultHandle.Allocate();
        if (NativeMethods.ExecutePrepared(prepared, result.DangerousGetHandle()) != DuckDbState.Success)
        {
            var message = NativeStrings.Read(NativeMethods.ResultError(result)) ?? "The statement failed.";
            result.Dispose();
            throw new DuckDbException(message);
        }
        return result;
    }
}

/// <summary>The row-carrying results of a run, in statement order, and the rows changed (-1 when none were).</summary>
internal sealed record ExecutedStatements(List<DuckDbResultHandle> Results, long RowsAffected);
