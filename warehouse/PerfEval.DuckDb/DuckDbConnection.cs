using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using PerfEval.DuckDb.Execution;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb;

/// <summary>A connection to a DuckDB file (through the process-wide instance cache) or to a private in-memory database.</summary>
public sealed partial class DuckDbConnection : DbConnection
{
    private string connectionString = string.Empty;
    private DuckDbDatabaseHandle? database;
    private DuckDbConnectionHandle? native;
    private ConnectionState state = ConnectionState.Closed;

    public DuckDbConnection()
    {
    }

    public DuckDbConnection(string connectionString) => this.connectionString = connectionString;

    [AllowNull]
    public override string ConnectionString
    {
        get => connectionString;
        set
        {
            if (state != ConnectionState.Closed)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is open.");
            }
            connectionString = value ?? string.Empty;
        }
    }

    public override string Database => "main";

    public override string DataSource => DuckDbConnectionString.DataSource(connectionString);

    public override string ServerVersion => NativeStrings.Read(NativeMethods.LibraryVersion()) ?? "unknown";

    public override ConnectionState State => state;

    internal DuckDbTransaction? CurrentTransaction { get; set; }

    internal PreparedStatementCache Statements { get; } = new();

    internal DataVersion Version { get; private set; } = new();

    internal DuckDbConnectionHandle NativeHandle =>
        native ?? throw new InvalidOperationException("The connection is not open.");

    public override void Open()
    {
        if (state == ConnectionState.Open)
        {
            throw new InvalidOperationException("The connection is already open.");
        }
        var path = DuckDbConnectionString.NormalisePath(DataSource);
        var opened = DuckDbInstanceCache.Open(path);
        try
        {
            if (NativeMethods.Connect(opened, out var pointer) != DuckDbState.Success)
            {
                throw new DuckDbException($"Could not connect to DuckDB database {path}.");
            }
            native = new DuckDbConnectionHandle(pointer, opened);
            database = opened;
            Version = DataVersion.For(path);
            state = ConnectionState.Open;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    public override void Close()
    {
        if (state == ConnectionState.Closed)
        {
            return;
        }
        if (CurrentTransaction is { } transaction)
        {
            transaction.RollbackQuietly();
        }
        Statements.Clear();
        native?.Dispose();
        database?.Dispose();
        native = null;
        database = null;
        state = ConnectionState.Closed;
    }

    /// <summary>Stops the statement running on this connection (duckdb_interrupt); safe from any thread.</summary>
    public void Interrupt()
    {
        if (native is { IsClosed: false } handle)
        {
            try
            {
                NativeMethods.Interrupt(handle);
            }
            catch (ObjectDisposedException)
            {
                // Closed meanwhile on another thread: nothing is running any more.
            }
        }
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB connections are bound to one database file.");

    public new DuckDbTransaction BeginTransaction() => (DuckDbTransaction)BeginDbTransaction(IsolationLevel.Unspecified);

    public new DuckDbCommand CreateCommand() => new() { Connection = this };

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        if (CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A transaction is already active on this connection; DuckDB does not nest transactions.");
        }
        if (isolationLevel is not (IsolationLevel.Unspecified or IsolationLevel.Snapshot or IsolationLevel.Serializable))
        {
            throw new NotSupportedException($"DuckDB transactions are snapshot-isolated; {isolationLevel} is not available.");
        }
        ExecuteInternal("BEGIN TRANSACTION");
        CurrentTransaction = new DuckDbTransaction(this);
        return CurrentTransaction;
    }

    protected override DbCommand CreateDbCommand() => CreateCommand();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }

    internal void ExecuteInternal(string sql)
    {
        using var command = new DuckDbCommand(sql, this);
        command.ExecuteNonQuery();
    }
}
