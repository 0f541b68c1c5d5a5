using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Dashboard.Tests.Security;

[Collection(DashboardCollection.Name)]
public sealed class HostileReportTests(DashboardServer server)
{
    [Fact]
    public async Task AScriptAndAnOnerrorImageInAReportShowAsTextAndNeverRun()
    {
        Assert.Equal("<script>alert(1)</script>", SeedLikeLoads.HostileScript);
        Assert.Equal("<img src=x onerror=alert(1)>", SeedLikeLoads.HostileImage);
        var (page, problems) = await server.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, _) => dialogs++;
        await page.GotoAsync(server.BaseUrl + "reports/" + SeedLikeLoads.HostileDocumentId);

        // Visible as written, in the source text and in its evidence highlights (the image line is one).
        await Microsoft.Playwright.Assertions.Expect(page.GetByText(SeedLikeLoads.HostileScript).First).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#source-text mark", new() { HasText = SeedLikeLoads.HostileImage })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main img, main script:not([type='application/json'])").CountAsync());
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, dialogs);
        Assert.Empty(problems);
    }
}
