using Microsoft.Playwright;
using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class UnitAndReportPageTests(DashboardServer server)
{
    [Fact]
    public async Task AUnitNameLinksToItsProfileWithTrendsIndicatorsAndFlags()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "reports?q=龙泉");
        await Task.WhenAll(page.WaitForURLAsync("**/units/u-longquan"), page.ClickAsync("a.unit >> text=株洲市芦淞区龙泉街道办事处"));

        Assert.StartsWith("株洲市芦淞区龙泉街道办事处", (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        var report = page.Locator("table.data").First.Locator("tbody tr");
        Assert.Equal(["2023年", "整体支出", "", "573.38", "2,673.41", "2,673.41", "100.0%", "97", "89", ""],
            (await report.Locator("td").AllInnerTextsAsync()).Take(10).Select(t => t.Trim()));
        var missed = page.Locator("tr", new() { HasText = "=100%" });
        Assert.Contains("=97%", await missed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("tr", new() { HasText = "2023年" }).Locator(".badge[class*=sev-]").CountAsync());
        var pixels = await PageChecks.DrawnChartPixelsAsync(page);
        Assert.True(pixels["unit-trend"] > 2000);
        await PageChecks.ScreenshotAsync(page, "unit-longquan");

        // A demo unit has three years of trend.
        await page.GotoAsync(server.BaseUrl + "units/u-demo-04");
        Assert.Equal(3, await page.Locator("table.data").First.Locator("tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("h1 .badge.demo").CountAsync());
        Assert.True((await PageChecks.DrawnChartPixelsAsync(page))["unit-trend"] > 2000);
        await PageChecks.ScreenshotAsync(page, "unit-demo");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task AnUnknownUnitIsNotFound()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "units/nobody");
        Assert.Equal("未找到单位", (await page.Locator("h1").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task TheReportPageHighlightsEveryFigureAtItsEvidenceAndOffersTheOriginal()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "reports/c2a721f8483027a9");

        var marks = page.Locator("#source-text mark");
        Assert.True(await marks.CountAsync() >= 18);
        Assert.Equal("573.38", await page.Locator("#source-text mark", new() { HasText = "573.38" }).First.InnerTextAsync());
        Assert.Contains("报告字段：年初预算数", await page.Locator("#source-text mark", new() { HasText = "573.38" }).First.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("全年预算数\t2673.41", await page.Locator("#source-text").TextContentAsync(), StringComparison.Ordinal);

        var download = page.Locator("a.download");
        var response = await page.APIRequest.GetAsync(server.BaseUrl + await download.GetAttributeAsync("href"));
        Assert.Equal(200, response.Status);
        var original = await File.ReadAllBytesAsync(Path.Combine(DashboardServer.SeedsFolder, "001_c2a721f8483027a9.txt"));
        Assert.Equal(original, await response.BodyAsync());
        await PageChecks.ScreenshotAsync(page, "report-longquan");

        // No original stored: no link, and the endpoint says so.
        await page.GotoAsync(server.BaseUrl + "reports/26e5f321c83e3e3d");
        Assert.Equal(0, await page.Locator("a.download").CountAsync());
        Assert.Equal(404, (await page.APIRequest.GetAsync(server.BaseUrl + "reports/26e5f321c83e3e3d/original")).Status);
        Assert.Equal(404, (await page.APIRequest.GetAsync(server.BaseUrl + "reports/..%2F..%2Fetc%2Fpasswd/original")).Status);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task HtmlInAReportOrAUnitNameIsShownAsText()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "reports/" + SeedLikeLoads.HostileDocumentId);

        var text = await page.Locator("#source-text").InnerTextAsync();
        Assert.Contains(SeedLikeLoads.HostileScript, text, StringComparison.Ordinal);
        Assert.Contains(SeedLikeLoads.HostileImage, text, StringComparison.Ordinal);
        Assert.Equal(SeedLikeLoads.HostileImage, await page.Locator("#source-text mark", new() { HasText = "onerror" }).InnerTextAsync());
        Assert.Equal(0, await page.Locator("main img, main b").CountAsync());
        Assert.Contains("<b>恶意</b>单位", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        // The same unit on the lists and in chart tooltips (option JSON) stays text too.
        await page.GotoAsync(server.BaseUrl + "reports?year=2022&kind=other");
        Assert.Equal(0, await page.Locator("main img, main b").CountAsync());
        await page.GotoAsync(server.BaseUrl + "?year=2022");
        await PageChecks.DrawnChartPixelsAsync(page);
        await page.Locator("#rate-by-unit canvas").HoverAsync(new() { Position = new() { X = 300, Y = 40 } });
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheReportListSortsAndPagesThroughLinks()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "reports");
        Assert.Contains("共 40 份报告", await page.Locator("#report-list caption").InnerTextAsync(), StringComparison.Ordinal);

        await Task.WhenAll(page.WaitForURLAsync("**sort=budget**"), page.ClickAsync("#report-list thead a:text('全年预算数')"));
        var first = page.Locator("#report-list tbody tr").First;
        Assert.Contains("璧泉街道", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("18,580.25", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("地区待定", await page.Locator("#report-list tr", new() { HasText = "青年路街道办事处" }).InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "reports");

        Assert.Contains("第 1 / 1 页", await page.Locator(".pager").InnerTextAsync(), StringComparison.Ordinal); // 40 rows fit one page of 50
        await page.GotoAsync(server.BaseUrl + "reports?sort=budget&page=2");
        Assert.Equal(0, await page.Locator("#report-list tbody tr").CountAsync());
        Assert.Contains("共 40 份报告", await page.Locator("#report-list caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
