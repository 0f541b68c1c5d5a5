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
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Tests.Fixtures;

/// <summary>
/// The real dashboard on Kestrel (a free port) over a temporary warehouse filled with the seed-shaped loads, and
/// one headless Debian Chromium driven by Playwright. Its users are created through the same <see cref="UserStore"/>
/// as `perfeval user add`; pages open signed in (as the 管理员 unless a test asks for another user).
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    /// <summary>The 单位用户's region: 湖南省株洲市芦淞区 (龙泉街道 and four demo streets).</summary>
    public const string UnitRegion = "430203";

    public static readonly TestUser Admin = new("admin", "admin-password-1", Roles.Administrator, null);
    public static readonly TestUser Analyst = new("analyst", "analyst-password-1", Roles.Analyst, null);
    public static readonly TestUser UnitUser = new("luosong", "luosong-password-1", Roles.UnitUser, UnitRegion);

    private readonly Dictionary<string, Task<string>> signedInStates = new(StringComparer.Ordinal);
    private readonly Lock statesGate = new();
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
        // An original outside the 单位用户's region (青山街道, 衡阳市石鼓区).
        File.Copy(Path.Combine(SeedsFolder, "000_515cbb9b3b72f0d9.txt"), Path.Combine(originals.FullName, "515cbb9b3b72f0d9.txt"));
        Users = UserStore.InDataFolder(DataFolder);
        foreach (var user in new[] { Admin, Analyst, UnitUser })
        {
            await Users.AddAsync(user.Name, user.Password, user.Role, user.Region);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration["PERFEVAL_DATA"] = DataFolder;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDashboard(builder.Configuration);
        app = builder.Build();
        app.MapDashboard();
        // Mapped without the loader's services: the tests reach them only as far as sign-in, role and antiforgery.
        app.MapLoadEndpoints();
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    public UserStore Users { get; private set; } = null!;

    /// <summary>
    /// A fresh page (1366×900), signed in as <paramref name="user"/> (default the 管理员), that fails the test on any
    /// JavaScript error or dialog (an injected script would open one).
    /// </summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync(TestUser? user = null)
    {
        var state = await SignedInStateAsync(user ?? Admin);
        return await NewPageWithStateAsync(state);
    }

    /// <summary>A fresh page with no sign-in cookie.</summary>
    public Task<(IPage Page, List<string> Problems)> NewAnonymousPageAsync() => NewPageWithStateAsync(null);

    /// <summary>Fills and posts the login form as a person would.</summary>
    public async Task SubmitLoginAsync(IPage page, string userName, string password)
    {
        if (!page.Url.Contains("/login", StringComparison.Ordinal))
        {
            await page.GotoAsync(BaseUrl + "login");
        }
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("form[action='account/login'] button[type=submit]");
    }

    /// <summary>Signs each user in once through the login form and keeps its cookies for later pages.</summary>
    private Task<string> SignedInStateAsync(TestUser user)
    {
        lock (statesGate)
        {
            if (!signedInStates.TryGetValue(user.Name, out var state))
            {
                state = SignInAsync(user);
                signedInStates[user.Name] = state;
            }
            return state;
        }
    }

    private async Task<string> SignInAsync(TestUser user)
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SubmitLoginAsync(page, user.Name, user.Password);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    private async Task<(IPage Page, List<string> Problems)> NewPageWithStateAsync(string? state)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "zh-CN", StorageState = state });
        var page = await context.NewPageAsync();
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

/// <summary>A user the fixture creates: name, password, role and the 单位用户's region.</summary>
public sealed record TestUser(string Name, string Password, string Role, string? Region);

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
