using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

/// <summary>Vector and chunk accessors take raw pointers: they run per chunk on the hot path.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_data_chunk")]
    public static unsafe partial nint CreateDataChunk(nint* types, ulong columnCount);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    public static partial void DestroyDataChunk(ref nint chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_reset")]
    public static partial void DataChunkReset(nint chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    public static partial ulong DataChunkGetSize(nint chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    public static partial void DataChunkSetSize(nint chunk, ulong size);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial nint DataChunkGetVector(nint chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    public static unsafe partial byte* VectorGetData(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    public static unsafe partial ulong* VectorGetValidity(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    public static partial void VectorEnsureValidityWritable(nint vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_assign_string_element_len")]
    public static unsafe partial void VectorAssignStringElement(nint vector, ulong index, byte* value, ulong length);
}
