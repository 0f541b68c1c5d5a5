using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    public static partial DuckDbState BindBoolean(DuckDbPreparedStatementHandle prepared, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int8")]
    public static partial DuckDbState BindInt8(DuckDbPreparedStatementHandle prepared, ulong index, sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int16")]
    public static partial DuckDbState BindInt16(DuckDbPreparedStatementHandle prepared, ulong index, short value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    public static partial DuckDbState BindInt32(DuckDbPreparedStatementHandle prepared, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    public static partial DuckDbState BindInt64(DuckDbPreparedStatementHandle prepared, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint8")]
    public static partial DuckDbState BindUInt8(DuckDbPreparedStatementHandle prepared, ulong index, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint16")]
    public static partial DuckDbState BindUInt16(DuckDbPreparedStatementHandle prepared, ulong index, ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint32")]
    public static partial DuckDbState BindUInt32(DuckDbPreparedStatementHandle prepared, ulong index, uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_uint64")]
    public static partial DuckDbState BindUInt64(DuckDbPreparedStatementHandle prepared, ulong index, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_hugeint")]
    public static partial DuckDbState BindHugeInt(DuckDbPreparedStatementHandle prepared, ulong index, DuckDbHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_decimal")]
    public static partial DuckDbState BindDecimal(DuckDbPreparedStatementHandle prepared, ulong index, DuckDbDecimal value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_float")]
    public static partial DuckDbState BindFloat(DuckDbPreparedStatementHandle prepared, ulong index, float value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    public static partial DuckDbState BindDouble(DuckDbPreparedStatementHandle prepared, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    public static partial DuckDbState BindDate(DuckDbPreparedStatementHandle prepared, ulong index, int days);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_time")]
    public static partial DuckDbState BindTime(DuckDbPreparedStatementHandle prepared, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    public static partial DuckDbState BindTimestamp(DuckDbPreparedStatementHandle prepared, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp_tz")]
    public static partial DuckDbState BindTimestampTz(DuckDbPreparedStatementHandle prepared, ulong index, long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    public static unsafe partial DuckDbState BindVarchar(DuckDbPreparedStatementHandle prepared, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    public static unsafe partial DuckDbState BindBlob(DuckDbPreparedStatementHandle prepared, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    public static partial DuckDbState BindNull(DuckDbPreparedStatementHandle prepared, ulong index);
}
