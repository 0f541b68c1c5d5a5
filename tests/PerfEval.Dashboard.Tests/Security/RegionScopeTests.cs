using System.Text.RegularExpressions;
using PerfEval.Dashboard.Exports;
using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Dashboard.Tests.Security;

/// <summary>A 单位用户 bound to 株洲市芦淞区 sees its five units on every page and export, and no other unit.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class RegionScopeTests(DashboardServer server)
{
    private static readonly string[] InScope = UnitNames(inScope: true);
    private static readonly string[] OutOfScope = UnitNames(inScope: false);

    public static TheoryData<string> Pages =>
    [
        "?year=2023", "?year=2022", "?year=2021", "units", "units?year=2022", "compare?a=2021&b=2023", "compare?a=2022&b=2023",
        "flags", "flags?severity=info", "reports", "reports?year=2022", "loads", "units/u-demo-04", "reports/c2a721f8483027a9",
        "briefing?year=2023",
    ];

    [Fact]
    public void TheSeedHasUnitsOnBothSidesOfTheBoundary()
    {
        Assert.Equal(5, InScope.Length);
        Assert.True(OutOfScope.Length >= 10);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageShowsOnlyTheUnitsOfItsRegion(string path)
    {
        var (page, problems) = await server.NewPageAsync(DashboardServer.UnitUser);
        var response = await page.GotoAsync(server.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        var seen = await page.Locator("body").InnerTextAsync() + await page.ContentAsync();
        var leaked = OutOfScope.Where(n => seen.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.Empty(leaked);
        if (path is not "loads")
        {
            Assert.Contains(InScope, n => seen.Contains(n, StringComparison.Ordinal));
        }
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheRegionFilterOffersOnlyTheUsersRegion()
    {
        var (page, _) = await server.NewPageAsync(DashboardServer.UnitUser);
        await page.GotoAsync(server.BaseUrl + "reports");
        var provinces = await page.Locator("select[name=province] option").AllInnerTextsAsync();
        Assert.DoesNotContain(provinces, p => p.Contains("重庆", StringComparison.Ordinal) || p.Contains("云南", StringComparison.Ordinal));
        Assert.Contains(provinces, p => p.Contains("湖南", StringComparison.Ordinal));
        Assert.Equal(13, await ReportRowsAsync(page)); // 龙泉 2023 + four demo streets × three years, less one missing year
    }

    [Fact]
    public async Task EveryExportHoldsOnlyTheUnitsOfItsRegion()
    {
        var (page, _) = await server.NewPageAsync(DashboardServer.UnitUser);
        foreach (var table in ExportTables.Names)
        {
            var response = await page.APIRequest.GetAsync(server.BaseUrl + $"export/{table}.csv?year=2023&a=2022&b=2023");
            Assert.True(response.Status == 200, table);
            var csv = System.Text.Encoding.UTF8.GetString(await response.BodyAsync());
            var leaked = OutOfScope.Where(n => csv.Contains(n, StringComparison.Ordinal)).Select(n => table + ": " + n).ToList();
            Assert.Empty(leaked);
            if (table is not ("loads" or "inflation" or "outruns"))
            {
                Assert.True(InScope.Any(n => csv.Contains(n, StringComparison.Ordinal)), table);
            }
        }
        var loads = System.Text.Encoding.UTF8.GetString(await (await page.APIRequest.GetAsync(server.BaseUrl + "export/loads.csv")).BodyAsync());
        Assert.Contains("c2a721f8483027a9", loads, StringComparison.Ordinal);
        Assert.DoesNotContain("515cbb9b3b72f0d9", loads, StringComparison.Ordinal);
        Assert.DoesNotContain("损坏的报告", loads, StringComparison.Ordinal); // quarantined files belong to no region
    }

    [Fact]
    public async Task TheWordBriefingHoldsOnlyTheUnitsOfItsRegionAndTheWholeWarehouseExportIsRefused()
    {
        var (page, _) = await server.NewPageAsync(DashboardServer.UnitUser);
        var briefing = await page.APIRequest.GetAsync(server.BaseUrl + "briefing.docx?year=2023");
        Assert.Equal(200, briefing.Status);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await briefing.BodyAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.DoesNotContain(OutOfScope, n => text.Contains(n, StringComparison.Ordinal));
        Assert.Contains(InScope, n => text.Contains(n, StringComparison.Ordinal));

        var parquet = await page.APIRequest.GetAsync(server.BaseUrl + "export/parquet.zip");
        Assert.Equal(403, parquet.Status);
    }

    [Fact]
    public async Task AnotherRegionsDocumentUnitAndOriginalAreNotFound()
    {
        var (page, _) = await server.NewPageAsync(DashboardServer.UnitUser);
        // The pages answer exactly as for a document or unit that does not exist.
        await page.GotoAsync(server.BaseUrl + "reports/515cbb9b3b72f0d9");
        Assert.Equal("未找到报告", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.DoesNotContain("青山", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(server.BaseUrl + "reports/" + SeedLikeLoads.HostileDocumentId);
        Assert.Equal("未找到报告", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GotoAsync(server.BaseUrl + "units/u-qingshan");
        Assert.Equal("未找到单位", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.DoesNotContain("青山", await page.ContentAsync(), StringComparison.Ordinal);

        Assert.Equal(404, (await page.APIRequest.GetAsync(server.BaseUrl + "reports/515cbb9b3b72f0d9/original")).Status);
        Assert.Equal(200, (await page.APIRequest.GetAsync(server.BaseUrl + "reports/c2a721f8483027a9/original")).Status);

        var (admin, _) = await server.NewPageAsync();
        Assert.Equal(200, (await admin.APIRequest.GetAsync(server.BaseUrl + "reports/515cbb9b3b72f0d9/original")).Status);
        Assert.Equal(403, (await page.APIRequest.GetAsync(server.BaseUrl + "audit")).Status);
    }

    private static async Task<int> ReportRowsAsync(Microsoft.Playwright.IPage page)
    {
        var caption = await page.Locator("table.data caption").First.InnerTextAsync();
        return int.Parse(CountPattern().Match(caption).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Unit names of the seed warehouse inside or outside 芦淞区; the HTML-named unit is known by "恶意".</summary>
    private static string[] UnitNames(bool inScope) =>
        [.. SeedLikeLoads.All()
            .Where(l => (l.Report.RegionCode?.StartsWith(DashboardServer.UnitRegion, StringComparison.Ordinal) ?? false) == inScope)
            .Select(l => l.Unit.UnitName.Contains('<', StringComparison.Ordinal) ? "恶意" : l.Unit.UnitName)
            .Distinct()];

    [GeneratedRegex(@"\d+")]
    private static partial Regex CountPattern();
}
