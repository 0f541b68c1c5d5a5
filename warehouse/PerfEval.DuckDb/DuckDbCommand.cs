using System.ComponentModel;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using PerfEval.DuckDb.Diagnostics;
using PerfEval.DuckDb.Execution;

namespace PerfEval.DuckDb;

/// <summary>
/// SQL text of one or more statements. Parameters: <c>$name</c> (matched to parameters by name) and positional
/// <c>?</c> / <c>$1</c>. Cancel (or a cancelled token) interrupts the running statement.
/// </summary>
public sealed class DuckDbCommand : DbCommand
{
    private string commandText = string.Empty;

    public DuckDbCommand()
    {
    }

    public DuckDbCommand(string commandText, DuckDbConnection? connection = null)
    {
        this.commandText = commandText;
        Connection = connection;
    }

    [AllowNull]
    public override string CommandText
    {
        get => commandText;
        set => commandText = value ?? string.Empty;
    }

    /// <summary>Not enforced by DuckDB; use Cancel or a cancellation token to stop a statement.</summary>
    public override int CommandTimeout { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB commands are SQL text.");
            }
        }
    }

    [DefaultValue(false)]
    [DesignerSerializationVisibility(DesignerSerializationVisibility.Hidden)]
    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDbConnection? Connection { get; set; }

    public new DuckDbParameterCollection Parameters { get; } = new();

    public new DuckDbTransaction? Transaction { get; set; }

    protected override DbConnection? DbConnection
    {
        get => Connection;
        set => Connection = value as DuckDbConnection
            ?? (value is null ? null : throw new ArgumentException("A DuckDbCommand needs a DuckDbConnection.", nameof(value)));
    }

    protected override DbParameterCollection DbParameterCollection => Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Transaction;
        set => Transaction = (DuckDbTransaction?)value;
    }

    public override void Cancel() => Connection?.Interrupt();

    public override int ExecuteNonQuery()
    {
        using var reader = ExecuteReader();
        return reader.RecordsAffected;
    }

    public override object? ExecuteScalar()
    {
        using var reader = ExecuteReader();
        return reader.Read() && reader.FieldCount > 0 ? reader.GetValue(0) : null;
    }

    public new DuckDbDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    public new DuckDbDataReader ExecuteReader(CommandBehavior behavior) => Execute(behavior, CancellationToken.None);

    public override void Prepare()
    {
        // Statements are prepared on execution, with the exact types of their parameters.
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Cancellable(() =>
        {
            using var reader = Execute(CommandBehavior.Default, cancellationToken);
            return reader.RecordsAffected;
        }, cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        Cancellable(() =>
        {
            using var reader = Execute(CommandBehavior.Default, cancellationToken);
            return reader.Read() && reader.FieldCount > 0 ? reader.GetValue(0) : null;
        }, cancellationToken);

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        Cancellable<DbDataReader>(() => Execute(behavior, cancellationToken), cancellationToken);

    protected override DbParameter CreateDbParameter() => new DuckDbParameter();

    private DuckDbDataReader Execute(CommandBehavior behavior, CancellationToken cancellation)
    {
        var connection = Connection ?? throw new InvalidOperationException("The command has no connection.");
        if (connection.State != ConnectionState.Open)
        {
            throw new InvalidOperationException("The command's connection is not open.");
        }
        DuckDbDiagnostics.WriteExecuting(commandText, Parameters);
        var executed = StatementRunner.Run(connection, commandText, Parameters, cancellation);
        var affected = (int)Math.Min(int.MaxValue, executed.RowsAffected);
        return new DuckDbDataReader(executed.Results, affected, behavior.HasFlag(CommandBehavior.CloseConnection) ? connection : null);
    }

    /// <summary>Runs the work with the token wired to duckdb_interrupt; an interrupted statement becomes a cancellation.</summary>
    private Task<T> Cancellable<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        using var interrupter = cancellationToken.CanBeCanceled && Connection is { } connection
            ? new CancellationInterrupter(connection, cancellationToken)
            : null;
        try
        {
            return Task.FromResult(work());
        }
        catch (DuckDbException e) when (cancellationToken.IsCancellationRequested && e.IsInterrupted)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
