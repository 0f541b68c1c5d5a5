using Microsoft.Playwright;

namespace PerfEval.Dashboard.Tests.Fixtures;

/// <summary>What every page test checks: charts drawn with pixels, a screenshot saved, no script errors.</summary>
internal static class PageChecks
{
    /// <summary>Waits until site.js has drawn every chart, then returns, per chart id, how many canvas pixels are not transparent.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> DrawnChartPixelsAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart]')].every(e => e.dataset.drawn === 'true')");
        var pairs = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            """
            () => [...document.querySelectorAll('[data-chart]')].map(el => {
                const canvas = el.querySelector('canvas');
                if (!canvas) return [el.id, -1];
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
                return [el.id, painted];
            })
            """);
        return pairs.EnumerateArray().ToDictionary(p => p[0].GetString()!, p => p[1].GetInt32());
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardServer.ScreenshotFolder, name + ".png"), FullPage = true });
}
