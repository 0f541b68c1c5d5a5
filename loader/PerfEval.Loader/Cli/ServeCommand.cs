using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PerfEval.Loading;
using PerfEval.Loading.Jobs;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Cli;

/// <summary>
/// `perfeval serve [--config appsettings.json] [--data DIR] [--urls URL]`: a headless scheduler node (no dashboard)
/// with /healthz. With the PostgreSQL job store, nodes form a cluster: the one holding the warehouse runs the jobs,
/// the others stand by and take over when it dies.
/// </summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        if (cli.Get("config") is { } file)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
            // Environment variables still override the file, as in the dashboard.
            builder.Configuration.AddEnvironmentVariables();
        }
        if (cli.Get("data") is { } data)
        {
            builder.Configuration["PERFEVAL_DATA"] = data;
        }
        builder.WebHost.UseUrls(cli.Get("urls") ?? "http://127.0.0.1:5081");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        });
        var options = builder.Configuration.ReadLoaderOptions();
        builder.Services.AddWarehouse(options.DataFolder);
        builder.Services.AddLoader(options);
        var app = builder.Build();
        app.MapGet("/healthz", async (LoaderHealth health, CancellationToken cancellationToken) =>
        {
            var report = await health.CheckAsync(cancellationToken);
            return Results.Json(report, statusCode: report.IsOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        Console.WriteLine($"perfeval serve: node {options.EffectiveNodeId}, process {Environment.ProcessId}, {options.JobStore} job store, data {options.DataFolder}");
        await app.RunAsync();
        return 0;
    }
}
