using System.IO.Compression;
using Dapper;
using PerfEval.Dashboard.Tests.Fixtures;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class ParquetDownloadTests(DashboardServer server)
{
    [Fact]
    public async Task TheLoadsPageOffersTheWarehouseAsParquetThatDuckDbReadsBack()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "loads");
        var href = await page.Locator("a", new() { HasText = "下载 zip" }).GetAttributeAsync("href");
        Assert.Equal("export/parquet.zip", href);

        var response = await page.APIRequest.GetAsync(server.BaseUrl + href);
        Assert.Equal(200, response.Status);
        var folder = Directory.CreateTempSubdirectory("perfeval-parquet-dl-").FullName;
        using (var zip = new ZipArchive(new MemoryStream(await response.BodyAsync())))
        {
            zip.ExtractToDirectory(folder);
        }

        using var connection = server.Warehouse.Open();
        var facts = Path.Combine(folder, "fact_report.parquet");
        Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM fact_report"), connection.ExecuteScalar<long>($"SELECT count(*) FROM read_parquet('{facts}')"));
        Assert.Equal(connection.ExecuteScalar<decimal>("SELECT sum(executed) FROM fact_report"), connection.ExecuteScalar<decimal>($"SELECT sum(executed) FROM read_parquet('{facts}')"));
        Assert.Equal(12, Directory.GetFiles(folder, "*.parquet").Length);
        Assert.Empty(problems);
    }
}
