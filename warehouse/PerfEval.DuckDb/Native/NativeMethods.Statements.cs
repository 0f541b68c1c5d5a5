using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements")]
    public static unsafe partial ulong ExtractStatements(DuckDbConnectionHandle connection, byte* query, out nint extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_extract_statements_error")]
    public static partial nint ExtractStatementsError(DuckDbExtractedStatementsHandle extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_extracted")]
    public static partial void DestroyExtracted(ref nint extracted);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_extracted_statement")]
    public static partial DuckDbState PrepareExtractedStatement(
        DuckDbConnectionHandle connection, DuckDbExtractedStatementsHandle extracted, ulong index, out nint prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    public static partial nint PrepareError(DuckDbPreparedStatementHandle prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    public static partial void DestroyPrepare(ref nint prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_prepared_statement_type")]
    public static partial DuckDbStatementType PreparedStatementType(DuckDbPreparedStatementHandle prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    public static partial ulong ParameterCount(DuckDbPreparedStatementHandle prepared);

    /// <summary>The returned string is owned by the caller: free it with <see cref="Free"/>.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_parameter_name")]
    public static partial nint ParameterName(DuckDbPreparedStatementHandle prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_param_type")]
    public static partial DuckDbType ParameterType(DuckDbPreparedStatementHandle prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_param_logical_type")]
    public static partial nint ParameterLogicalType(DuckDbPreparedStatementHandle prepared, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    public static partial DuckDbState ClearBindings(DuckDbPreparedStatementHandle prepared);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    public static partial DuckDbState ExecutePrepared(DuckDbPreparedStatementHandle prepared, nint result);
}
