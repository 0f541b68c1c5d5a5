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
        var outcome = new Outcome();
        try
        {
            if (connection.Statements.TryGet(sql, out var cached) && cached.Version != connection.Version.Current)
            {
                connection.Statements.Remove(sql);
            }
            else if (cached is not null)
            {
                cancellation.ThrowIfCancellationRequested();
                RunCached(connection, sql, cached, parameters, outcome);
                return outcome.Done();
            }
            var native = connection.NativeHandle;
            using var extracted = Extract(native, sql, out var count);
            for (ulong i = 0; i < count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var statement = Prepare(native, extracted, i, connection.Version.Current);
                if (count == 1 && statement.Reusable)
                {
                    connection.Statements.Add(sql, statement);
                    RunCached(connection, sql, statement, parameters, outcome);
                    break;
                }
                using (statement)
                {
                    outcome.Add(Execute(connection, statement, parameters));
                }
            }
            return outcome.Done();
        }
        catch
        {
            outcome.Discard();
            throw;
        }
    }

    /// <summary>A cached statement that fails is dropped, so it is prepared afresh next time (e.g. after a schema change).</summary>
    private static void RunCached(DuckDbConnection connection, string sql, PreparedStatement statement, DuckDbParameterCollection parameters, Outcome outcome)
    {
        try
        {
            outcome.Add(Execute(connection, statement, parameters));
        }
        catch (DuckDbException)
        {
            connection.Statements.Remove(sql);
            throw;
        }
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

    private static PreparedStatement Prepare(DuckDbConnectionHandle connection, DuckDbExtractedStatementsHandle extracted, ulong index, long version)
    {
        var state = NativeMethods.PrepareExtractedStatement(connection, extracted, index, out var pointer);
        var prepared = new DuckDbPreparedStatementHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var message = NativeStrings.Read(NativeMethods.PrepareError(prepared)) ?? "The statement could not be prepared.";
            prepared.Dispose();
            throw new DuckDbException(message);
        }
        return new PreparedStatement(prepared, version);
    }

    private static DuckDbResultHandle Execute(DuckDbConnection connection, PreparedStatement statement, DuckDbParameterCollection parameters)
    {
        ParameterBinder.Bind(statement, parameters);
        var result = DuckDbResultHandle.Allocate();
        var state = NativeMethods.ExecutePrepared(statement.Handle, result.DangerousGetHandle());
        if (statement.Changes)
        {
            // Also when it failed: a failed COMMIT or statement may still have ended a transaction.
            connection.Version.Changed();
        }
        if (state != DuckDbState.Success)
        {
            var message = NativeStrings.Read(NativeMethods.ResultError(result)) ?? "The statement failed.";
            result.Dispose();
            throw new DuckDbException(message);
        }
        return result;
    }

    /// <summary>Collects results as statements run: row-carrying ones are kept, changed-row counts summed.</summary>
    private sealed class Outcome
    {
        private readonly List<DuckDbResultHandle> results = [];
        private long affected = -1;

        public void Add(DuckDbResultHandle result)
        {
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

        public ExecutedStatements Done() => new(results, affected);

        public void Discard() => results.ForEach(r => r.Dispose());
    }
}

/// <summary>The row-carrying results of a run, in statement order, and the rows changed (-1 when none were).</summary>
internal sealed record ExecutedStatements(List<DuckDbResultHandle> Results, long RowsAffected);
