using Dapper;
using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Peers;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Dashboard.Tests.Pages;

/// <summary>
/// Flags of the cross-report checks carry no evidence (they are about other reports): the 预警 page and the unit
/// page show them, with their message naming the other file, and link to the report instead of a quote.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class PeerFlagPageTests(DashboardServer server)
{
    private const string Message = "同一单位2023年同类报告另有数字不同的文件：龙泉街道整体支出自评（报送稿）.docx (same unit, year, kind and project from another file with different figures)";

    [Fact]
    public async Task APeerFlagWithoutEvidenceShowsOnTheFlagsPageAndTheUnitPage()
    {
        using (var connection = server.Warehouse.Open())
        {
            connection.Execute(
                "INSERT INTO fact_flag VALUES ('c2a721f8483027a9', $flagNo, 'duplicate_report', 'warning', $message, NULL, NULL)",
                new { flagNo = PeerFlagWriter.FlagNoOffset + 2001, message = Message });
        }
        try
        {
            var (page, problems) = await server.NewPageAsync();
            await page.GotoAsync(server.BaseUrl + "flags?rule=duplicate_report");
            var row = page.Locator("#flag-list tbody tr");
            Assert.Equal(1, await row.CountAsync());
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
            Assert.Equal(["重复报告", Message, "查看原文"], cells.Skip(4));
            Assert.Equal("reports/c2a721f8483027a9", await row.Locator("td").Last.Locator("a").GetAttributeAsync("href"));

            await page.GotoAsync(server.BaseUrl + "units/" + SeedLikeLoads.LongquanKey);
            var unitRow = page.Locator("tr", new() { HasText = "重复报告" });
            Assert.Contains("龙泉街道整体支出自评（报送稿）.docx", await unitRow.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await unitRow.Locator("q").CountAsync());
            await PageChecks.ScreenshotAsync(page, "unit-peer-flag");
            Assert.Empty(problems);
        }
        finally
        {
            using var connection = server.Warehouse.Open();
            connection.Execute("DELETE FROM fact_flag WHERE rule = 'duplicate_report'");
        }
    }
}
