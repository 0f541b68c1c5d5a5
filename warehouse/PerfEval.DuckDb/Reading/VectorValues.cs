using System.Runtime.CompilerServices;
using System.Text;
using PerfEval.DuckDb.Native;
using PerfEval.DuckDb.Values;

namespace PerfEval.DuckDb.Reading;

/// <summary>Reads one value out of a vector's data buffer by the column's storage type.</summary>
internal static unsafe class VectorValues
{
    /// <summary>duckdb_string_t is 16 bytes: a length, then up to 12 bytes inline or a 4-byte prefix and a pointer.</summary>
    public const int StringSize = 16;
    public const int InlineLength = 12;

    public static ReadOnlySpan<byte> Utf8(byte* data, int row)
    {
        var entry = data + ((nint)row * StringSize);
        var length = *(uint*)entry;
        var bytes = length <= InlineLength ? entry + 4 : *(byte**)(entry + 8);
        return new ReadOnlySpan<byte>(bytes, (int)length);
    }

    public static string String(byte* data, int row) => Encoding.UTF8.GetString(Utf8(data, row));

    public static T Read<T>(byte* data, int row)
        where T : unmanaged => Unsafe.ReadUnaligned<T>(data + ((nint)row * sizeof(T)));

    public static decimal Decimal(byte* data, int row, DuckDbLogicalType type) => type.Storage switch
    {
        DuckDbType.SmallInt => DecimalConversion.FromScaled(Read<short>(data, row), type.Scale),
        DuckDbType.Integer => DecimalConversion.FromScaled(Read<int>(data, row), type.Scale),
        DuckDbType.BigInt => DecimalConversion.FromScaled(Read<long>(data, row), type.Scale),
        DuckDbType.HugeInt => DecimalConversion.FromScaled(Read<Int128>(data, row), type.Scale),
        _ => throw new InvalidCastException($"DECIMAL stored as {type.Storage} is not supported."),
    };

    /// <summary>UUIDs are stored as a hugeint with the top bit flipped, so they sort as unsigned.</summary>
    public static Guid Uuid(byte* data, int row)
    {
        var value = (UInt128)Read<Int128>(data, row) ^ ((UInt128)1 << 127);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 16; i++)
        {
            bytes[i] = (byte)(value >> (8 * (15 - i)));
        }
        return new Guid(bytes, bigEndian: true);
    }

    public static object Value(byte* data, int row, DuckDbLogicalType type) => type.Type switch
    {
        DuckDbType.Boolean => Read<byte>(data, row) != 0,
        DuckDbType.TinyInt => Read<sbyte>(data, row),
        DuckDbType.SmallInt => Read<short>(data, row),
        DuckDbType.Integer => Read<int>(data, row),
        DuckDbType.BigInt => Read<long>(data, row),
        DuckDbType.UTinyInt => Read<byte>(data, row),
        DuckDbType.USmallInt => Read<ushort>(data, row),
        DuckDbType.UInteger => Read<uint>(data, row),
        DuckDbType.UBigInt => Read<ulong>(data, row),
        DuckDbType.HugeInt => Read<Int128>(data, row),
        DuckDbType.UHugeInt => Read<UInt128>(data, row),
        DuckDbType.Float => Read<float>(data, row),
        DuckDbType.Double => Read<double>(data, row),
        DuckDbType.Decimal => Decimal(data, row, type),
        DuckDbType.Varchar => String(data, row),
        DuckDbType.Blob => Utf8(data, row).ToArray(),
        DuckDbType.Date => TemporalConversion.FromDays(Read<int>(data, row)),
        DuckDbType.Timestamp or DuckDbType.TimestampTz => TemporalConversion.FromMicros(Read<long>(data, row)),
        DuckDbType.TimestampS => TemporalConversion.FromMicros(Read<long>(data, row) * 1_000_000),
        DuckDbType.TimestampMs => TemporalConversion.FromMicros(Read<long>(data, row) * 1_000),
        DuckDbType.TimestampNs => TemporalConversion.FromMicros(Read<long>(data, row) / 1_000),
        DuckDbType.Time => TemporalConversion.FromTimeMicros(Read<long>(data, row)),
        DuckDbType.Uuid => Uuid(data, row),
        _ => throw new NotSupportedException($"Reading DuckDB {type.Type} values is not supported."),
    };

    public static Type ClrType(DuckDbLogicalType type) => type.Type switch
    {
        DuckDbType.Boolean => typeof(bool),
        DuckDbType.TinyInt => typeof(sbyte),
        DuckDbType.SmallInt => typeof(short),
        DuckDbType.Integer => typeof(int),
        DuckDbType.BigInt => typeof(long),
        DuckDbType.UTinyInt => typeof(byte),
        DuckDbType.USmallInt => typeof(ushort),
        DuckDbType.UInteger => typeof(uint),
        DuckDbType.UBigInt => typeof(ulong),
        DuckDbType.HugeInt => typeof(Int128),
        DuckDbType.UHugeInt => typeof(UInt128),
        DuckDbType.Float => typeof(float),
        DuckDbType.Double => typeof(double),
        DuckDbType.Decimal => typeof(decimal),
        DuckDbType.Varchar => typeof(string),
        DuckDbType.Blob => typeof(byte[]),
        DuckDbType.Date => typeof(DateOnly),
        DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.TimestampS or DuckDbType.TimestampMs or DuckDbType.TimestampNs => typeof(DateTime),
        DuckDbType.Time => typeof(TimeOnly),
        DuckDbType.Uuid => typeof(Guid),
        _ => typeof(object),
    };

    public static string TypeName(DuckDbLogicalType type) => type.Type switch
    {
        DuckDbType.Decimal => $"DECIMAL({type.Width},{type.Scale})",
        DuckDbType.Integer => "INTEGER",
        DuckDbType.BigInt => "BIGINT",
        DuckDbType.Varchar => "VARCHAR",
        DuckDbType.Timestamp => "TIMESTAMP",
        DuckDbType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        _ => type.Type.ToString().ToUpperInvariant(),
    };
}
