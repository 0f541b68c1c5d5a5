using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Dashboard.Tests.Fixtures;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class ExportTests(DashboardServer server)
{
    [Fact]
    public async Task TheReportTableDownloadsAsTypedExcelInThePagesOrder()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "reports?sort=budget");
        var href = await page.Locator("a:text('Excel')").First.GetAttributeAsync("href");
        Assert.Equal("export/reports.xlsx?sort=budget", href);

        var response = await page.APIRequest.GetAsync(server.BaseUrl + href);
        Assert.Equal(200, response.Status);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.BodyAsync()), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(41, rows.Count); // header + 40 reports, unpaged
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("重庆市璧山区人民政府璧泉街道办事处", first[0].InnerText);
        var budget = first.Single(c => c.CellReference == "F2"); // 全年预算数
        Assert.Equal(18580.25m, decimal.Parse(budget.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(budget.DataType is null || budget.DataType!.Value == CellValues.Number);
        Assert.NotNull(sheet.Descendants<Pane>().SingleOrDefault(p => p.State?.Value == PaneStateValues.Frozen));
    }

    [Fact]
    public async Task TheFlagTableDownloadsAsCsvWithABomAndTheFilterApplied()
    {
        var (page, _) = await server.NewPageAsync();
        var response = await page.APIRequest.GetAsync(server.BaseUrl + "export/flags.csv?rule=score_outruns_spending");
        var bytes = await response.BodyAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("级别,单位,年度", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("红色预警,重庆市璧山区人民政府璧泉街道办事处,2023,璧山区", lines[1], StringComparison.Ordinal);

        Assert.Equal(404, (await page.APIRequest.GetAsync(server.BaseUrl + "export/nothing.csv")).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(server.BaseUrl + "export/flags.exe")).Status);
    }

    [Fact]
    public async Task EveryTableOfTheDashboardExports()
    {
        var (page, _) = await server.NewPageAsync();
        foreach (var table in PerfEval.Dashboard.Exports.ExportTables.Names)
        {
            var response = await page.APIRequest.GetAsync(server.BaseUrl + $"export/{table}.xlsx?year=2023&a=2022&b=2023");
            Assert.True(response.Status == 200, table);
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.BodyAsync()), false);
            Assert.True(workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count() > 1, table);
        }
    }
}
