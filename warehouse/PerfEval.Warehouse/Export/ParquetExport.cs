using System.IO.Compression;
using System.Text.RegularExpressions;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Export;

/// <summary>One table written as Parquet: its file and how many rows DuckDB's COPY wrote.</summary>
public sealed record ExportedTable(string Table, string Path, long Rows);

/// <summary>
/// Writes the star tables to Parquet with DuckDB's own writer (sql/export/parquet_star.sql), one file per table,
/// in one read transaction so the files agree with each other.
/// </summary>
public static partial class ParquetExport
{
    public static IReadOnlyList<ExportedTable> WriteFolder(WarehouseDatabase database, string folder)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        // The folder goes into a SQL string literal (COPY takes no parameter for its target): double its quotes.
        var literal = folder.Replace("'", "''", StringComparison.Ordinal);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var tables = new List<ExportedTable>();
        foreach (var statement in SqlScripts.Statements("export/parquet_star.sql"))
        {
            var sql = statement.Replace("{folder}", literal, StringComparison.Ordinal);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            // COPY reports the rows it wrote as changed rows.
            long rows = command.ExecuteNonQuery();
            var table = TargetFile().Match(statement).Groups[1].Value;
            tables.Add(new ExportedTable(table, Path.Combine(folder, table + ".parquet"), rows));
        }
        transaction.Commit();
        return tables;
    }

    /// <summary>The Parquet files zipped (already compressed, so stored), for a download.</summary>
    public static byte[] ToZip(WarehouseDatabase database)
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-parquet-").FullName;
        try
        {
            var tables = WriteFolder(database, folder);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var table in tables)
                {
                    archive.CreateEntryFromFile(table.Path, table.Table + ".parquet", CompressionLevel.NoCompression);
                }
            }
            return zip.ToArray();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"\{folder\}/(\w+)\.parquet")]
    private static partial Regex TargetFile();
}
