using Microsoft.Playwright;
using PerfEval.Dashboard.Tests.Fixtures;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class AnalysisPageTests(DashboardServer server)
{
    [Fact]
    public async Task TheComparePageShowsMoversTheCategoryMixAndOneYearUnits()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "compare?a=2022&b=2023");

        Assert.Equal("年度对比 2022年 → 2023年", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(10, await page.Locator("table.movers tbody tr").CountAsync());
        var onlyA = page.Locator("section", new() { HasText = "仅2022年有报告" });
        Assert.Contains("人民街道办事处（呈贡区）", await onlyA.InnerTextAsync(), StringComparison.Ordinal);
        var onlyB = page.Locator("section", new() { HasText = "仅2023年有报告" });
        Assert.Equal(5, await onlyB.Locator("li").CountAsync()); // the five seed units
        Assert.True((await PageChecks.DrawnChartPixelsAsync(page))["category-mix"] > 2000);
        await PageChecks.ScreenshotAsync(page, "compare");

        // The year pair is in the URL: another pair, another table.
        await page.GotoAsync(server.BaseUrl + "compare?a=2021&b=2022");
        Assert.Contains("红旗街道办事处（呈贡区）", await page.Locator("section", new() { HasText = "仅2022年有报告" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheComparePagePagesItsUnitTableThroughTheUrl()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "compare?a=2022&b=2023");
        var table = page.Locator("table.data:not(.movers) tbody tr");
        Assert.Equal(11, await table.CountAsync());
        Assert.Contains("共 11 条，第 1 / 1 页", await page.Locator(".pager").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("两年均有报告：11 个", await page.Locator("h2", new() { HasText = "逐单位对比" }).InnerTextAsync(), StringComparison.Ordinal);

        // A page past the end keeps the year pair, the total, the movers and the one-year lists.
        await page.GotoAsync(server.BaseUrl + "compare?a=2022&b=2023&page=2");
        Assert.Equal(0, await table.CountAsync());
        Assert.Contains("共 11 条，第 2 / 1 页", await page.Locator(".pager").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(10, await page.Locator("table.movers tbody tr").CountAsync());
        Assert.Equal(5, await page.Locator("section", new() { HasText = "仅2023年有报告" }).Locator("li").CountAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheFlagsPageFiltersByRuleAndRanksScoreInflation()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "flags?year=2023");
        var inflation = page.Locator("#inflation-ranking tr", new() { HasText = "龙泉街道" });
        Assert.Equal(["株洲市芦淞区龙泉街道办事处", "2023年", "97", "89", "8"], (await inflation.Locator("td").AllInnerTextsAsync()).Skip(1).Select(t => t.Trim()));
        var outruns = page.Locator("#outruns-ranking tbody tr").First;
        Assert.Contains("璧泉街道", await outruns.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("30.0%", await outruns.InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.ScreenshotAsync(page, "flags");

        await page.SelectOptionAsync("select[name=rule]", "score_outruns_spending");
        await Task.WhenAll(page.WaitForURLAsync("**rule=score_outruns_spending**"), page.ClickAsync("form.filters button[type=submit]"));
        var rows = page.Locator("#flag-list tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("红色预警", await rows.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("预算执行率70.00%", await rows.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(server.BaseUrl + "flags?severity=info");
        Assert.All(await page.Locator("#flag-list tbody .badge[class*=sev-]").AllInnerTextsAsync(), t => Assert.Equal("提示", t.Trim()));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheLoadsPageListsHistoryQuarantineAndProtectedForms()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "loads");

        Assert.Contains("不是有效的 Word 文件（zip 结构损坏）", await page.Locator("#quarantine").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("共 41 条", await page.Locator("#load-history caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(["loads/upload", "loads/scan"], await page.Locator("main form[method=post]").EvaluateAllAsync<string[]>("fs => fs.map(f => f.getAttribute('action'))"));
        Assert.Equal(2, await page.Locator("main form[method=post] input[name=__RequestVerificationToken]").CountAsync());
        Assert.Equal("multipart/form-data", await page.Locator("form.upload").GetAttributeAsync("enctype"));
        await PageChecks.ScreenshotAsync(page, "loads");

        await page.GotoAsync(server.BaseUrl + "loads?status=quarantined");
        Assert.Contains("共 1 条", await page.Locator("#load-history caption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheUnitListSearchesAndEveryNavigationLinkOpensItsPage()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "units?q=璧泉");
        Assert.Equal(1, await page.Locator("table.data tbody tr").CountAsync());
        await PageChecks.ScreenshotAsync(page, "units");

        foreach (var (link, heading) in new[] { ("对比", "年度对比"), ("预警", "预警"), ("报告", "报告"), ("导入", "导入"), ("单位", "单位"), ("总览", "总览") })
        {
            await page.ClickAsync($"header nav a:text-is('{link}')");
            Assert.StartsWith(heading, (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            Assert.Equal(link, (await page.Locator("header nav a.active").InnerTextAsync()).Trim());
        }
        Assert.Empty(problems);
    }
}
