using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PerfEval.DuckDb.Native;
using PerfEval.DuckDb.Reading;
using PerfEval.DuckDb.Values;

namespace PerfEval.DuckDb.Appending;

/// <summary>
/// A data chunk shaped like the appender's table, written in place (values straight into the vectors' buffers,
/// long strings from a native arena) and handed to <c>duckdb_append_data_chunk</c> when full.
/// Values are converted to each column's type here, as DuckDB's own appender would cast them.
/// </summary>
internal sealed unsafe class DataChunkBuffer : IDisposable
{
    private readonly DuckDbDataChunkHandle chunk;
    private readonly nint pointer;
    private readonly nint[] vectors;
    private readonly byte*[] data;
    private readonly ulong*[] validity;
    private readonly StringArena arena = new();

    public DataChunkBuffer(nint[] logicalTypes)
    {
        Types = new DuckDbLogicalType[logicalTypes.Length];
        fixed (nint* types = logicalTypes)
        {
            pointer = NativeMethods.CreateDataChunk(types, (ulong)logicalTypes.Length);
        }
        chunk = new DuckDbDataChunkHandle(pointer);
        vectors = new nint[logicalTypes.Length];
        data = new byte*[logicalTypes.Length];
        validity = new ulong*[logicalTypes.Length];
        Capacity = (int)NativeMethods.VectorSize();
        for (var i = 0; i < logicalTypes.Length; i++)
        {
            Types[i] = DuckDbLogicalType.FromNative(logicalTypes[i]);
        }
        LoadVectors();
    }

    public DuckDbLogicalType[] Types { get; }

    public int Capacity { get; }

    public int ColumnCount => Types.Length;

    public byte* Data(int column) => data[column];

    public void Append(DuckDbAppenderHandle appender, int rows)
    {
        if (rows == 0)
        {
            return;
        }
        NativeMethods.DataChunkSetSize(pointer, (ulong)rows);
        var state = NativeMethods.AppendDataChunk(appender, pointer);
        NativeMethods.DataChunkReset(pointer);
        LoadVectors();
        arena.Reset();
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException(NativeStrings.Read(NativeMethods.AppenderError(appender)) ?? "Appending rows failed.");
        }
    }

    public void Clear()
    {
        NativeMethods.DataChunkReset(pointer);
        LoadVectors();
        arena.Reset();
    }

    public void WriteNull(int column, int row)
    {
        var mask = validity[column];
        if (mask is null)
        {
            NativeMethods.VectorEnsureValidityWritable(vectors[column]);
            mask = validity[column] = NativeMethods.VectorGetValidity(vectors[column]);
        }
        mask[row >> 6] &= ~(1UL << (row & 63));
    }

    /// <summary>Marks a row valid again in every column (a row abandoned half-way may have set NULLs).</summary>
    public void ClearNulls(int row)
    {
        foreach (var mask in validity)
        {
            if (mask is not null)
            {
                mask[row >> 6] |= 1UL << (row & 63);
            }
        }
    }

    public void WriteBoolean(int column, int row, bool value)
    {
        if (Types[column].Type != DuckDbType.Boolean)
        {
            throw Mismatch(column, "bool");
        }
        data[column][row] = value ? (byte)1 : (byte)0;
    }

    public void WriteInt64(int column, int row, long value)
    {
        var d = data[column];
        switch (Types[column].Type)
        {
            case DuckDbType.Integer: Set(d, row, checked((int)value)); break;
            case DuckDbType.BigInt: Set(d, row, value); break;
            case DuckDbType.SmallInt: Set(d, row, checked((short)value)); break;
            case DuckDbType.TinyInt: Set(d, row, checked((sbyte)value)); break;
            case DuckDbType.UTinyInt: Set(d, row, checked((byte)value)); break;
            case DuckDbType.USmallInt: Set(d, row, checked((ushort)value)); break;
            case DuckDbType.UInteger: Set(d, row, checked((uint)value)); break;
            case DuckDbType.UBigInt: Set(d, row, checked((ulong)value)); break;
            case DuckDbType.HugeInt: Set(d, row, (Int128)value); break;
            case DuckDbType.Double: Set(d, row, (double)value); break;
            case DuckDbType.Float: Set(d, row, (float)value); break;
            case DuckDbType.Decimal: WriteDecimal(column, row, value); break;
            case DuckDbType.Varchar: WriteString(column, row, value.ToString(CultureInfo.InvariantCulture)); break;
            default: throw Mismatch(column, "an integer");
        }
    }

    public void WriteDouble(int column, int row, double value)
    {
        switch (Types[column].Type)
        {
            case DuckDbType.Double: Set(data[column], row, value); break;
            case DuckDbType.Float: Set(data[column], row, (float)value); break;
            case DuckDbType.Decimal: WriteDecimal(column, row, (decimal)value); break;
            default: throw Mismatch(column, "double");
        }
    }

    public void WriteDecimal(int column, int row, decimal value)
    {
        var type = Types[column];
        var d = data[column];
        switch (type.Type)
        {
            case DuckDbType.Decimal:
                switch (type.Storage)
                {
                    case DuckDbType.SmallInt: Set(d, row, (short)DecimalConversion.ToScaled64(value, type.Width, type.Scale)); break;
                    case DuckDbType.Integer: Set(d, row, (int)DecimalConversion.ToScaled64(value, type.Width, type.Scale)); break;
                    case DuckDbType.BigInt: Set(d, row, DecimalConversion.ToScaled64(value, type.Width, type.Scale)); break;
                    default: Set(d, row, DecimalConversion.ToScaled(value, type.Width, type.Scale)); break;
                }
                break;
            case DuckDbType.Double: Set(d, row, (double)value); break;
            case DuckDbType.Integer or DuckDbType.BigInt or DuckDbType.SmallInt when decimal.IsInteger(value):
                WriteInt64(column, row, (long)value);
                break;
            case DuckDbType.Varchar: WriteString(column, row, value.ToString(CultureInfo.InvariantCulture)); break;
            default: throw Mismatch(column, "decimal");
        }
    }

    public void WriteDate(int column, int row, DateOnly value)
    {
        switch (Types[column].Type)
        {
            case DuckDbType.Date: Set(data[column], row, TemporalConversion.ToDays(value)); break;
            case DuckDbType.Timestamp: Set(data[column], row, TemporalConversion.ToMicros(value.ToDateTime(TimeOnly.MinValue))); break;
            default: throw Mismatch(column, "DateOnly");
        }
    }

    public void WriteTimestamp(int column, int row, DateTime value)
    {
        switch (Types[column].Type)
        {
            case DuckDbType.Timestamp: Set(data[column], row, TemporalConversion.ToMicros(value)); break;
            case DuckDbType.TimestampTz: Set(data[column], row, TemporalConversion.ToMicros(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value)); break;
            case DuckDbType.Date: Set(data[column], row, TemporalConversion.ToDays(DateOnly.FromDateTime(value))); break;
            default: throw Mismatch(column, "DateTime");
        }
    }

    public void WriteString(int column, int row, ReadOnlySpan<char> value)
    {
        if (Types[column].Type is not (DuckDbType.Varchar or DuckDbType.Blob))
        {
            throw Mismatch(column, "string");
        }
        var entry = data[column] + ((nint)row * VectorValues.StringSize);
        var room = Encoding.UTF8.GetMaxByteCount(value.Length);
        var bytes = arena.Reserve(room);
        var length = Encoding.UTF8.GetBytes(value, new Span<byte>(bytes, room));
        StoreString(entry, bytes, length);
    }

    public void WriteUtf8(int column, int row, ReadOnlySpan<byte> value)
    {
        if (Types[column].Type is not (DuckDbType.Varchar or DuckDbType.Blob))
        {
            throw Mismatch(column, "UTF-8 bytes");
        }
        var entry = data[column] + ((nint)row * VectorValues.StringSize);
        var bytes = arena.Reserve(value.Length);
        value.CopyTo(new Span<byte>(bytes, value.Length));
        StoreString(entry, bytes, value.Length);
    }

    public void Dispose()
    {
        chunk.Dispose();
        arena.Dispose();
    }

    private void StoreString(byte* entry, byte* bytes, int length)
    {
        Unsafe.InitBlockUnaligned(entry, 0, VectorValues.StringSize);
        *(uint*)entry = (uint)length;
        if (length <= VectorValues.InlineLength)
        {
            Buffer.MemoryCopy(bytes, entry + 4, VectorValues.InlineLength, length);
            return;
        }
        arena.Commit(length);
        Buffer.MemoryCopy(bytes, entry + 4, 4, 4);
        *(byte**)(entry + 8) = bytes;
    }

    private void LoadVectors()
    {
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = NativeMethods.DataChunkGetVector(pointer, (ulong)i);
            data[i] = NativeMethods.VectorGetData(vectors[i]);
            validity[i] = null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set<T>(byte* columnData, int row, T value)
        where T : unmanaged => Unsafe.WriteUnaligned(columnData + ((nint)row * sizeof(T)), value);

    private InvalidCastException Mismatch(int column, string given) =>
        new($"Column {column} is {VectorValues.TypeName(Types[column])}; a {given} value cannot be appended to it.");
}
