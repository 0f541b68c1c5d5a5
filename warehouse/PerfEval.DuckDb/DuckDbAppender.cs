using PerfEval.DuckDb.Appending;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb;

/// <summary>
/// Bulk insert into one table through DuckDB's appender. Rows are written straight into a data chunk of the
/// table's column types and handed over 2048 at a time; <see cref="Dispose"/> (or <see cref="Close"/>) sends
/// the rest and reports constraint errors. Row-wise: <c>CreateRow().AppendValue(a).AppendValue(b).EndRow()</c>;
/// column-wise: <see cref="BeginChunk"/>, fill its columns, <see cref="DuckDbAppenderChunk.Append"/>.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly DuckDbConnection connection;
    private readonly DuckDbAppenderHandle native;
    private readonly DataChunkBuffer buffer;
    private readonly DuckDbAppenderRow row;
    private readonly DuckDbAppenderChunk chunk;
    private bool closed;

    internal DuckDbAppender(DuckDbConnection connection, string? schema, string table)
    {
        Table = table;
        this.connection = connection;
        var state = NativeMethods.AppenderCreate(connection.NativeHandle, schema, table, out var pointer);
        native = new DuckDbAppenderHandle(pointer);
        if (state != DuckDbState.Success)
        {
            var error = NativeStrings.Read(NativeMethods.AppenderError(native));
            native.Dispose();
            throw new DuckDbException(error ?? $"Could not create an appender for table {table}.");
        }
        var count = (int)NativeMethods.AppenderColumnCount(native);
        var types = new nint[count];
        for (var i = 0; i < count; i++)
        {
            types[i] = NativeMethods.AppenderColumnType(native, (ulong)i);
        }
        buffer = new DataChunkBuffer(types);
        row = new DuckDbAppenderRow(this, buffer);
        chunk = new DuckDbAppenderChunk(this, buffer);
    }

    public string Table { get; }

    public int ColumnCount => buffer.ColumnCount;

    /// <summary>Rows per chunk (DuckDB's vector size, 2048).</summary>
    public int ChunkCapacity => buffer.Capacity;

    internal int PendingRows { get; set; }

    /// <summary>Starts the next row; the same row object is reused, so take values in column order and call EndRow.</summary>
    public DuckDbAppenderRow CreateRow()
    {
        EnsureOpen();
        row.Begin(PendingRows);
        return row;
    }

    /// <summary>Column-wise writing: the chunk's vectors, empty, after rows appended so far were sent.</summary>
    public DuckDbAppenderChunk BeginChunk()
    {
        EnsureOpen();
        SendPending();
        return chunk;
    }

    /// <summary>Sends buffered rows to DuckDB and writes them to the table (still inside the connection's transaction).</summary>
    public void Flush()
    {
        EnsureOpen();
        SendPending();
        var state = NativeMethods.AppenderFlush(native);
        connection.Version.Changed();
        Check(state);
    }

    public void Close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            SendPending();
            var state = NativeMethods.AppenderClose(native);
            connection.Version.Changed();
            Check(state);
        }
        finally
        {
            buffer.Dispose();
            native.Dispose();
        }
    }

    public void Dispose() => Close();

    internal void RowEnded()
    {
        if (++PendingRows == buffer.Capacity)
        {
            SendPending();
        }
    }

    internal void AppendChunk(int rows) => buffer.Append(native, rows);

    internal void EnsureOpen() => ObjectDisposedException.ThrowIf(closed, this);

    private void SendPending()
    {
        var rows = PendingRows;
        PendingRows = 0;
        buffer.Append(native, rows);
    }

    private void Check(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException(NativeStrings.Read(NativeMethods.AppenderError(native)) ?? $"Appending to {Table} failed.");
        }
    }
}
