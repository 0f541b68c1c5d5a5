using System.Data;
using System.Data.Common;

namespace PerfEval.DuckDb;

/// <summary>A snapshot-isolated DuckDB transaction; disposing it without Commit rolls it back.</summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private readonly DuckDbConnection connection;
    private bool completed;

    internal DuckDbTransaction(DuckDbConnection connection) => this.connection = connection;

    public override IsolationLevel IsolationLevel => IsolationLevel.Snapshot;

    protected override DbConnection DbConnection => connection;

    public override void Commit()
    {
        EnsureActive();
        try
        {
            connection.ExecuteInternal("COMMIT");
        }
        finally
        {
            Complete();
        }
    }

    public override void Rollback()
    {
        EnsureActive();
        try
        {
            connection.ExecuteInternal("ROLLBACK");
        }
        finally
        {
            Complete();
        }
    }

    internal void RollbackQuietly()
    {
        if (completed)
        {
            return;
        }
        try
        {
            connection.ExecuteInternal("ROLLBACK");
        }
        catch (DuckDbException)
        {
            // Already ended by DuckDB (e.g. a failed COMMIT); nothing is left to undo.
        }
        finally
        {
            Complete();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && connection.State == ConnectionState.Open)
        {
            RollbackQuietly();
        }
        base.Dispose(disposing);
    }

    private void EnsureActive()
    {
        if (completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }
    }

    private void Complete()
    {
        completed = true;
        if (ReferenceEquals(connection.CurrentTransaction, this))
        {
            connection.CurrentTransaction = null;
        }
    }
}
