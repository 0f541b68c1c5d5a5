using Microsoft.Playwright;
using PerfEval.Dashboard.Components.Charts;
using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class OverviewPageTests(DashboardServer server)
{
    [Fact]
    public async Task OverviewShowsTheSeedFiguresAndDrawsEveryChart()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "?year=2023&province=43&city=4302&district=430203");

        Assert.Equal("总览 2023年", (await page.Locator("h1").InnerTextAsync()).Trim());
        var rateTable = page.Locator("#rate-by-unit").Locator("xpath=..").Locator("table");
        var longquanRow = rateTable.Locator("tr", new() { HasText = "株洲市芦淞区龙泉街道办事处" });
        Assert.Equal(["株洲市芦淞区龙泉街道办事处", "芦淞区", "2,673.41", "2,673.41", "100.0%"],
            (await longquanRow.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("5", await page.Locator(".kpi", new() { HasText = "报告数" }).Locator(".kpi-value").InnerTextAsync());

        var pixels = await PageChecks.DrawnChartPixelsAsync(page);
        Assert.Equal(["rate-by-unit", "rate-vs-score", "score-bands", "score-box", "spending-by-unit", "category-share"], pixels.Keys);
        Assert.All(pixels, p => Assert.True(p.Value > 2000, $"chart {p.Key} painted only {p.Value} pixels"));
        await PageChecks.ScreenshotAsync(page, "overview");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheRegionCascadeNarrowsTheOverviewStepByStep()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "?year=2023");
        Assert.Equal("16", await page.Locator(".kpi", new() { HasText = "报告数" }).Locator(".kpi-value").InnerTextAsync());
        Assert.True(await page.Locator("select[name=city]").IsDisabledAsync());

        // Choosing a province submits the GET form (site.js); the city list then holds only that province's cities.
        await Task.WhenAll(page.WaitForURLAsync("**province=43**"), page.SelectOptionAsync("select[name=province]", "43"));
        Assert.Equal(["全部", "株洲市", "衡阳市"], (await page.Locator("select[name=city] option").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("10", await page.Locator(".kpi", new() { HasText = "报告数" }).Locator(".kpi-value").InnerTextAsync());

        await Task.WhenAll(page.WaitForURLAsync("**city=4304**"), page.SelectOptionAsync("select[name=city]", "4304"));
        Assert.Equal(["全部", "石鼓区"], (await page.Locator("select[name=district] option").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("5", await page.Locator(".kpi", new() { HasText = "报告数" }).Locator(".kpi-value").InnerTextAsync());
        Assert.Contains("year=2023", page.Url, StringComparison.Ordinal);

        // A municipality shows its own name instead of "市辖区".
        await page.GotoAsync(server.BaseUrl + "?year=2023&province=50");
        Assert.Equal(["全部", "重庆市"], (await page.Locator("select[name=city] option").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheScatterMarksHighScoreLowExecutionReports()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "?year=2023&province=50");
        var row = page.Locator("#rate-vs-score").Locator("xpath=..").Locator("tr", new() { HasText = "璧泉街道" });
        Assert.Equal(["重庆市璧山区人民政府璧泉街道办事处", "70.0%", "97"], (await row.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()));
        var option = await page.Locator("#rate-vs-score-option").TextContentAsync();
        Assert.Contains("\"name\":\"高分低执行\"", option, StringComparison.Ordinal);
        Assert.Contains("markArea", option, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScatterTableListsTheHighScoreLowExecutionReportsNotEveryPoint()
    {
        var points = await new RateScoreScatterQuery(server.Warehouse, RegionScope.All).RunAsync(new ReportFilter(2023));
        var corner = points.Where(RateScoreScatterOption.InCorner).ToList();
        Assert.InRange(corner.Count, 1, points.Count - 1);

        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "?year=2023");
        var table = page.Locator("#rate-vs-score").Locator("xpath=..").Locator("table");
        Assert.Equal($"图中 {points.Count} 份报告，其中高分低执行 {corner.Count} 份", (await table.Locator("caption").TextContentAsync())?.Trim());
        Assert.Equal(corner.Select(p => p.UnitName), (await table.Locator("tbody tr td:first-child").AllTextContentsAsync()).Select(t => t.Trim()));
    }

    [Fact]
    public async Task AScatterPointsTooltipNamesItsUnitYearRateAndScore()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "?year=2023");
        await PageChecks.DrawnChartPixelsAsync(page);

        // The red series (高分低执行) holds 璧泉街道 at 70% and 97 points; show its tooltip as a hover would.
        await page.EvaluateAsync(@"() => {
            const chart = echarts.getInstanceByDom(document.getElementById('rate-vs-score'));
            const series = chart.getOption().series.findIndex(s => s.name === '高分低执行');
            const index = chart.getOption().series[series].data.findIndex(d => d.t[0].includes('璧泉街道'));
            chart.dispatchAction({ type: 'showTip', seriesIndex: series, dataIndex: index });
        }");
        var tooltip = page.Locator("#rate-vs-score div", new() { HasText = "自评得分" }).Last;
        await tooltip.WaitForAsync();

        var text = await tooltip.InnerTextAsync();
        Assert.Contains("重庆市璧山区人民政府璧泉街道办事处", text, StringComparison.Ordinal);
        Assert.Contains("年度：2023年", text, StringComparison.Ordinal);
        Assert.Contains("执行率：70.0%", text, StringComparison.Ordinal);
        Assert.Contains("自评得分：97", text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ChineseTextRendersWithACjkFont()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Noto Sans CJK SC\"', '总览')"));
        // A CJK glyph is about as wide as it is tall; a missing-glyph box or fallback would not lay out like this.
        var width = await page.EvaluateAsync<double>(
            "() => { const s = document.createElement('span'); s.style.fontSize = '20px'; s.textContent = '绩效自评分析'; document.body.append(s); return s.getBoundingClientRect().width; }");
        Assert.InRange(width, 110, 130);
    }

    [Fact]
    public async Task KeyboardUsersCanSkipToTheContentAndReachTheNavigation()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("总览", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await Task.WhenAll(page.WaitForURLAsync("**/units"), page.Keyboard.PressAsync("Enter"));
        Assert.Equal("单位", (await page.Locator("h1").InnerTextAsync()).Trim());
    }
}
