using Dapper;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using PerfEval.Dashboard.Tests.Fixtures;

namespace PerfEval.Dashboard.Tests.Pages;

[Collection(DashboardCollection.Name)]
public sealed class BriefingPageTests(DashboardServer server)
{
    private const string District = "430203";

    [Fact]
    public async Task TheBriefingPageShowsTheWarehousesFiguresAndPrintsWithoutTheDashboardChrome()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.Locator("nav a", new() { HasText = "简报" }).ClickAsync();
        await page.WaitForURLAsync("**/briefing");
        await page.GotoAsync(server.BaseUrl + $"briefing?year=2023&region={District}");

        var units = Scalar<long>("SELECT count(DISTINCT unit_key) FROM v_report WHERE fiscal_year = 2023 AND starts_with(region_code, $District)");
        var article = page.Locator("article.briefing");
        Assert.Equal("株洲市芦淞区2023年度绩效自评情况分析简报", (await article.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(["一、总体情况", "二、执行率偏低的单位和自评分可能虚高的单位", "三、支出结构变化", "四、存在的主要问题", "五、附表"],
            (await article.Locator("h2").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.StartsWith($"2023年度，株洲市芦淞区共{units}个单位提交绩效自评报告", (await article.Locator("p").Nth(1).InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("芦淞区", await page.Locator("select[name=district] option[selected]").InnerTextAsync());
        await PageChecks.ScreenshotAsync(page, "briefing");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.top").IsVisibleAsync());
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.True(await article.IsVisibleAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheWordDownloadIsTheSameBriefingAsADocxWithItsCharts()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + $"briefing?year=2023&region={District}");
        var href = await page.Locator("a", new() { HasText = "Word 简报" }).GetAttributeAsync("href");
        Assert.Equal($"briefing.docx?year=2023&region={District}", href);

        var response = await page.APIRequest.GetAsync(server.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Headers["content-type"]);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.BodyAsync()), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("株洲市芦淞区2023年度绩效自评情况分析简报", paragraphs[0]);
        var budget = Scalar<decimal>("SELECT sum(budget_adjusted) FROM v_report WHERE fiscal_year = 2023 AND starts_with(region_code, $District)");
        Assert.Contains(paragraphs, p => p.StartsWith($"全年预算合计{budget.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))}万元", StringComparison.Ordinal));
        Assert.Equal(3, document.MainDocumentPart.ChartParts.Count());
    }

    [Fact]
    public async Task AnEmptyChoiceStillRendersAndUnknownKindsAreIgnored()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "briefing?kind=<script>alert(1)</script>&region=x");
        Assert.Contains("绩效自评情况分析简报", await page.Locator("article.briefing h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    private T Scalar<T>(string sql)
    {
        using var connection = server.Warehouse.Open();
        return connection.ExecuteScalar<T>(sql, new { District })!;
    }
}
