using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfEval.Dashboard.Hosting;
using PerfEval.Warehouse.Users;

namespace PerfEval.Loader.Bench;

/// <summary>The real dashboard (pages only, no scheduler) on Kestrel over a benchmark warehouse, with a client for it.</summary>
internal sealed partial class BenchDashboardHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient client;

    private BenchDashboardHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        this.client = client;
    }

    public static async Task<BenchDashboardHost> StartAsync(string dataFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration["PERFEVAL_DATA"] = dataFolder;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.Services.AddDashboard(builder.Configuration);
        var app = builder.Build();
        app.MapDashboard();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true }) { BaseAddress = new Uri(address) };
        await SignInAsync(client, dataFolder);
        return new BenchDashboardHost(app, client);
    }

    /// <summary>Signs in through the real login form as a new analyst with a random password (in the benchmark's own data folder).</summary>
    private static async Task SignInAsync(HttpClient client, string dataFolder)
    {
        var userName = "bench-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var users = UserStore.InDataFolder(dataFolder);
        await users.AddAsync(userName, password, Roles.Analyst);
        var login = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(login).Groups["token"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync("/account/login", form);
        var landed = await client.GetAsync("/loads");
        if (landed.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/login", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException("The benchmark could not sign in to the dashboard.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>Fetches a page and reads its whole body (the server's render plus a loopback hop).</summary>
    public async Task<byte[]> GetPageAsync(string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
