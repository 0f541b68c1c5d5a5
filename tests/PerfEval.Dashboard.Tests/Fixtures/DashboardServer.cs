using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PerfEval.Dashboard.Hosting;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Tests.Queries;

namespace PerfEval.Dashboard.Tests.Fixtures;

/// <summary>
/// The real dashboard on Kestrel (a free port) over a temporary warehouse filled with the seed-shaped loads, and
/// one headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    private WebApplication? app;
    private IPlaywright? playwright;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "perfeval-dash-" + Guid.NewGuid().ToString("N"));
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's own warehouse, for tests that check pages against direct queries.</summary>
    public WarehouseDatabase Warehouse => app!.Services.GetRequiredService<WarehouseDatabase>();
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string SeedsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("PerfEval.sln not found"), "..", "shared", "seeds");
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(ScreenshotFolder);
        SeedLikeLoads.WriteAll(new WarehouseDatabase(Path.Combine(DataFolder, "warehouse.duckdb")));
        var originals = Directory.CreateDirectory(Path.Combine(DataFolder, "originals"));
        File.Copy(Path.Combine(SeedsFolder, "001_c2a721f8483027a9.txt"), Path.Combine(originals.FullName, "c2a721f8483027a9.txt"));

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration["PERFEVAL_DATA"] = DataFolder;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDashboard(builder.Configuration);
        app = builder.Build();
        app.MapDashboard();
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    /// <summary>A fresh page (1366×900) that fails the test on any JavaScript error or dialog (an injected script would open one).</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "zh-CN" });
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Dialog += async (_, d) =>
        {
            problems.Add("dialog: " + d.Message);
            await d.DismissAsync();
        };
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && r.Request.ResourceType != "document")
            {
                problems.Add($"{r.Status}: {r.Url}");
            }
        };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (Environment.GetEnvironmentVariable("PERFEVAL_KEEP_TEST_DATA") is not null)
        {
            return; // to run the app by hand over the same warehouse
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // DuckDB's instance cache may hold the file until the process ends.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
