using PerfEval.DuckDb.Appending;
using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb;

/// <summary>
/// Column-wise appending: fixed-width columns are exposed as spans over DuckDB's vector buffers (INTEGER as int,
/// BIGINT as long, DOUBLE as double, DATE as days since 1970-01-01, TIMESTAMP as microseconds, DECIMAL as its
/// value × 10^scale in the storage integer); strings and decimals have setters. Then <see cref="Append"/>.
/// </summary>
public sealed unsafe class DuckDbAppenderChunk
{
    private readonly DuckDbAppender appender;
    private readonly DataChunkBuffer buffer;

    internal DuckDbAppenderChunk(DuckDbAppender appender, DataChunkBuffer buffer)
    {
        this.appender = appender;
        this.buffer = buffer;
    }

    public int Capacity => buffer.Capacity;

    public int ColumnCount => buffer.ColumnCount;

    public Span<T> GetColumn<T>(int column)
        where T : unmanaged
    {
        var type = buffer.Types[column];
        var size = type.Storage switch
        {
            DuckDbType.Boolean or DuckDbType.TinyInt or DuckDbType.UTinyInt => 1,
            DuckDbType.SmallInt or DuckDbType.USmallInt => 2,
            DuckDbType.Integer or DuckDbType.UInteger or DuckDbType.Float or DuckDbType.Date => 4,
            DuckDbType.BigInt or DuckDbType.UBigInt or DuckDbType.Double or DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.Time => 8,
            DuckDbType.HugeInt or DuckDbType.UHugeInt => 16,
            _ => 0,
        };
        if (size != sizeof(T))
        {
            throw new InvalidCastException($"Column {column} ({type.Type}) cannot be written as {typeof(T).Name}.");
        }
        return new Span<T>(buffer.Data(column), buffer.Capacity);
    }

    public void SetNull(int column, int row) => buffer.WriteNull(column, Checked(row));

    public void SetString(int column, int row, ReadOnlySpan<char> value) => buffer.WriteString(column, Checked(row), value);

    public void SetUtf8(int column, int row, ReadOnlySpan<byte> value) => buffer.WriteUtf8(column, Checked(row), value);

    public void SetDecimal(int column, int row, decimal value) => buffer.WriteDecimal(column, Checked(row), value);

    public void SetDate(int column, int row, DateOnly value) => buffer.WriteDate(column, Checked(row), value);

    public void SetTimestamp(int column, int row, DateTime value) => buffer.WriteTimestamp(column, Checked(row), value);

    /// <summary>Hands the first <paramref name="rowCount"/> rows to DuckDB; the chunk is empty again afterwards.</summary>
    public void Append(int rowCount)
    {
        appender.EnsureOpen();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowCount, buffer.Capacity);
        appender.AppendChunk(rowCount);
    }

    private int Checked(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)buffer.Capacity, nameof(row));
        return row;
    }
}
