using Dapper;
using PerfEval.Loader.Cli;
using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Cli;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task ExportParquetWritesTheLoadedSeedsStarTablesForDuckDbToReadBack()
    {
        var data = Path.Combine(Path.GetTempPath(), "perfeval-export-" + Guid.NewGuid().ToString("N"));
        var warehouse = new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb"));
        new DocumentLoader(warehouse, new LoaderOptions { DataFolder = data }, ReportProcessor.CreateDefault()).Load(RepoPaths.SeedFiles, new LoadRequest());
        var output = Path.Combine(data, "parquet");

        Assert.Equal(0, await CommandLine.RunAsync(["export", "parquet", output, "--data", data]));

        using var connection = warehouse.Open();
        var facts = Path.Combine(output, "fact_report.parquet");
        Assert.Equal(5L, connection.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{facts}')"));
        Assert.Equal(
            connection.ExecuteScalar<decimal>("SELECT sum(budget_adjusted) FROM fact_report"),
            connection.ExecuteScalar<decimal>($"SELECT sum(budget_adjusted) FROM read_parquet('{facts}')"));
        Assert.Equal(2673.41m, connection.ExecuteScalar<decimal>(
            $"SELECT p.budget_adjusted FROM read_parquet('{facts}') p JOIN read_parquet('{Path.Combine(output, "dim_unit.parquet")}') u USING (unit_key) WHERE u.region_code = '430203007'"));
        Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM fact_flag"),
            connection.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{Path.Combine(output, "fact_flag.parquet")}')"));
    }

    [Fact]
    public async Task ExportWithoutAFormatAndFolderPrintsUsage()
    {
        Assert.Equal(2, await CommandLine.RunAsync(["export", "csv"]));
    }
}
