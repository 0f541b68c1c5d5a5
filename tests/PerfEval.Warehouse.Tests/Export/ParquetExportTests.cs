using System.IO.Compression;
using Dapper;
using PerfEval.Warehouse.Export;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Warehouse.Tests.Export;

public sealed class ParquetExportTests(SeedWarehouse warehouse) : IClassFixture<SeedWarehouse>
{
    [Fact]
    public void EveryStarTableIsWrittenAndReadsBackWithItsRowsAndFigures()
    {
        using var folder = new TempWarehouse();
        var target = Path.Combine(folder.Folder, "parquet o'brien");

        var tables = ParquetExport.WriteFolder(warehouse.Database, target);

        using var connection = warehouse.Database.Open();
        Assert.Equal(12, tables.Count);
        foreach (var table in tables)
        {
            var literal = table.Path.Replace("'", "''", StringComparison.Ordinal);
            var stored = connection.ExecuteScalar<long>($"SELECT count(*) FROM {table.Table}");
            Assert.Equal(stored, table.Rows);
            Assert.Equal(stored, connection.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{literal}')"));
        }
        var facts = tables.Single(t => t.Table == "fact_report").Path.Replace("'", "''", StringComparison.Ordinal);
        Assert.True(tables.Single(t => t.Table == "fact_report").Rows > 10);
        Assert.Equal(
            connection.ExecuteScalar<decimal>("SELECT sum(budget_adjusted) FROM fact_report"),
            connection.ExecuteScalar<decimal>($"SELECT sum(budget_adjusted) FROM read_parquet('{facts}')"));
        Assert.Equal(18580.25m, connection.ExecuteScalar<decimal>(
            $"SELECT budget_adjusted FROM read_parquet('{facts}') WHERE unit_key = '{SeedLikeLoads.BiquanKey}' AND fiscal_year = 2023"));
        var documents = tables.Single(t => t.Table == "source_document").Path.Replace("'", "''", StringComparison.Ordinal);
        Assert.DoesNotContain("extracted_text", connection.Query<string>($"SELECT name FROM parquet_schema('{documents}')"));
    }

    [Fact]
    public void TheZipHoldsOneParquetFilePerTable()
    {
        using var zip = new ZipArchive(new MemoryStream(ParquetExport.ToZip(warehouse.Database)));

        Assert.Equal(12, zip.Entries.Count);
        Assert.Contains("fact_flag.parquet", zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e =>
        {
            using var stream = e.Open();
            var magic = new byte[4];
            stream.ReadExactly(magic);
            Assert.Equal("PAR1"u8.ToArray(), magic);
        });
    }
}
