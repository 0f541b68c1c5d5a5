using System.Data.Common;

namespace PerfEval.DuckDb;

/// <summary>An error reported by DuckDB, carrying its message (e.g. "Constraint Error: …").</summary>
public sealed class DuckDbException : DbException
{
    public DuckDbException()
    {
    }

    public DuckDbException(string message)
        : base(message)
    {
    }

    public DuckDbException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The process holding the database file's lock, when opening failed because another process has it open.</summary>
    public int? LockHolderProcessId { get; init; }

    /// <summary>The database file that could not be locked.</summary>
    public string? LockedPath { get; init; }

    /// <summary>True when the statement was stopped by <c>duckdb_interrupt</c> (Cancel or a cancellation token).</summary>
    public bool IsInterrupted => Message.StartsWith("INTERRUPT Error", StringComparison.Ordinal);
}
