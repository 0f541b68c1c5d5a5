using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfEval.Dashboard.Hosting;
using PerfEval.Loading;

namespace PerfEval.Dashboard.Tests.Hosting;

/// <summary>The dashboard host as Program.cs builds it (scheduled loader included), on Kestrel, over a temp data folder.</summary>
public sealed class HealthzTests
{
    [Fact]
    public async Task HealthzAnswersTheSchedulerAndWarehouseStateAsJson()
    {
        var data = Path.Combine(Path.GetTempPath(), "perfeval-healthz-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration["PERFEVAL_DATA"] = data;
        builder.Configuration["PERFEVAL_DEMO"] = "false";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDashboard(builder.Configuration);
        builder.Services.AddLoader(builder.Configuration.ReadLoaderOptions());
        await using var app = builder.Build();
        app.MapDashboard();
        app.MapLoadEndpoints();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();

        JsonElement health = default;
        for (var attempt = 0; attempt < 100 && health.ValueKind == JsonValueKind.Undefined; attempt++)
        {
            using var response = await http.GetAsync(new Uri(url + "/healthz"));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if ((int)response.StatusCode == 200)
            {
                health = body.Clone();
            }
            else
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(Environment.ProcessId, health.GetProperty("warehouse").GetProperty("holderProcessId").GetInt32());
        Assert.Equal(0, health.GetProperty("warehouse").GetProperty("documents").GetInt64());
        Assert.Equal("sqlite", health.GetProperty("scheduler").GetProperty("jobStore").GetString());
        Assert.Equal("0 0/5 * * * ?", health.GetProperty("scheduler").GetProperty("scanCron").GetString());
        Assert.True(health.GetProperty("scheduler").GetProperty("started").GetBoolean());
        await app.StopAsync();
    }
}
