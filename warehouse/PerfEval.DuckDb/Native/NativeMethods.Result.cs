using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    public static partial void DestroyResult(nint result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    public static partial nint ResultError(DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    public static partial ulong ColumnCount(DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    public static partial nint ColumnName(DuckDbResultHandle result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    public static partial nint ColumnLogicalType(DuckDbResultHandle result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    public static partial ulong RowsChanged(DuckDbResultHandle result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    public static partial DuckDbResultType ResultReturnType(DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    public static partial nint FetchChunk(DuckDbResult result);
}
