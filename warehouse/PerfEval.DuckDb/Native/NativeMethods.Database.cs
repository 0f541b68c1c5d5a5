using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_create_instance_cache")]
    public static partial nint CreateInstanceCache();

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_instance_cache")]
    public static partial void DestroyInstanceCache(ref nint cache);

    [LibraryImport(Library, EntryPoint = "duckdb_get_or_create_from_cache", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState GetOrCreateFromCache(DuckDbInstanceCacheHandle cache, string path, out nint database, nint config, out nint error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    public static partial void Close(ref nint database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    public static partial DuckDbState Connect(DuckDbDatabaseHandle database, out nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    public static partial void Disconnect(ref nint connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    public static partial void Interrupt(DuckDbConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    public static partial nint LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    public static partial void Free(nint pointer);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_size")]
    public static partial ulong VectorSize();
}
