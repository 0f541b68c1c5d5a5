using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState AppenderCreate(DuckDbConnectionHandle connection, string? schema, string table, out nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_count")]
    public static partial ulong AppenderColumnCount(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_type")]
    public static partial nint AppenderColumnType(DuckDbAppenderHandle appender, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    public static partial nint AppenderError(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    public static partial nint AppenderError(nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    public static partial DuckDbState AppenderFlush(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    public static partial DuckDbState AppenderClose(DuckDbAppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    public static partial DuckDbState AppenderDestroy(ref nint appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_data_chunk")]
    public static partial DuckDbState AppendDataChunk(DuckDbAppenderHandle appender, nint chunk);
}
