using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    public static partial DuckDbType GetTypeId(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    public static partial byte DecimalWidth(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    public static partial byte DecimalScale(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    public static partial DuckDbType DecimalInternalType(nint logicalType);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    public static partial void DestroyLogicalType(ref nint logicalType);
}
