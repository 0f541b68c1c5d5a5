using PerfEval.DuckDb.Appending;

namespace PerfEval.DuckDb;

/// <summary>The row being appended: one AppendValue per column, in the table's column order, then EndRow.</summary>
public sealed class DuckDbAppenderRow
{
    private readonly DuckDbAppender appender;
    private readonly DataChunkBuffer buffer;
    private int row;
    private int column;
    private bool open;

    internal DuckDbAppenderRow(DuckDbAppender appender, DataChunkBuffer buffer)
    {
        this.appender = appender;
        this.buffer = buffer;
    }

    public DuckDbAppenderRow AppendNullValue()
    {
        buffer.WriteNull(Next(), row);
        return this;
    }

    public DuckDbAppenderRow AppendValue(string? value) => value is null ? AppendNullValue() : AppendValue(value.AsSpan());

    public DuckDbAppenderRow AppendValue(ReadOnlySpan<char> value)
    {
        buffer.WriteString(Next(), row, value);
        return this;
    }

    /// <summary>Text already encoded as UTF-8.</summary>
    public DuckDbAppenderRow AppendUtf8(ReadOnlySpan<byte> value)
    {
        buffer.WriteUtf8(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(bool value)
    {
        buffer.WriteBoolean(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(bool? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(int value)
    {
        buffer.WriteInt64(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(int? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(long value)
    {
        buffer.WriteInt64(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(long? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(double value)
    {
        buffer.WriteDouble(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(double? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(decimal value)
    {
        buffer.WriteDecimal(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(decimal? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(DateOnly value)
    {
        buffer.WriteDate(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(DateOnly? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public DuckDbAppenderRow AppendValue(DateTime value)
    {
        buffer.WriteTimestamp(Next(), row, value);
        return this;
    }

    public DuckDbAppenderRow AppendValue(DateTime? value) => value is { } v ? AppendValue(v) : AppendNullValue();

    public void EndRow()
    {
        if (!open)
        {
            throw new InvalidOperationException("EndRow without CreateRow.");
        }
        if (column != buffer.ColumnCount)
        {
            throw new DuckDbException($"The row for {appender.Table} has {column} values but the table has {buffer.ColumnCount} columns.");
        }
        open = false;
        appender.RowEnded();
    }

    internal void Begin(int pendingRows)
    {
        if (open)
        {
            // The previous row was abandoned half-way: its slot is reused, without the NULLs it may have set.
            buffer.ClearNulls(pendingRows);
        }
        row = pendingRows;
        column = 0;
        open = true;
    }

    private int Next()
    {
        if (!open)
        {
            throw new InvalidOperationException("Call CreateRow before appending values.");
        }
        if (column == buffer.ColumnCount)
        {
            throw new DuckDbException($"Too many values: {appender.Table} has {buffer.ColumnCount} columns.");
        }
        return column++;
    }
}
