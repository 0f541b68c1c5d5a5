using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PerfEval.Loading;
using PerfEval.Loading.Jobs;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Jobs;

/// <summary>
/// The real loader host: Quartz with its SQLite job store, the scan job, a DuckDB warehouse file, all in a temp
/// data folder. Scans are triggered by the test (the cron is set far apart) and awaited.
/// </summary>
internal sealed class LoaderHost : IAsyncDisposable
{
    private readonly IHost host;

    private LoaderHost(string dataFolder, IHost host)
    {
        DataFolder = dataFolder;
        this.host = host;
    }

    public string DataFolder { get; }

    public LoaderOptions Options => host.Services.GetRequiredService<LoaderOptions>();

    public string Inbox => Options.EffectiveInboxes[0];

    public WarehouseDatabase Warehouse => host.Services.GetRequiredService<WarehouseDatabase>();

    public static async Task<LoaderHost> StartAsync(string? dataFolder = null, ILoggerProvider? logs = null)
    {
        dataFolder ??= Path.Combine(Path.GetTempPath(), "perfeval-loader-" + Guid.NewGuid().ToString("N"));
        var options = new LoaderOptions { DataFolder = dataFolder, DemoOnEmpty = false, ScanCron = "0 0 0 1 1 ? 2099" };
        var builder = Host.CreateApplicationBuilder();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        builder.Services.AddWarehouse(dataFolder);
        builder.Services.AddLoader(options);
        var host = builder.Build();
        await host.StartAsync();
        return new LoaderHost(dataFolder, host);
    }

    public void Drop(string sourcePath, string? asName = null)
    {
        File.Copy(sourcePath, Path.Combine(Inbox, asName ?? Path.GetFileName(sourcePath)), overwrite: true);
    }

    public void DropText(string name, string content) => File.WriteAllText(Path.Combine(Inbox, name), content);

    public void DropBytes(string name, byte[] content) => File.WriteAllBytes(Path.Combine(Inbox, name), content);

    /// <summary>Triggers the scheduled scan job and waits for it to finish.</summary>
    public async Task<LoadSummary> ScanAsync()
    {
        var next = host.Services.GetRequiredService<LoaderActivity>().NextScanAsync();
        await host.Services.GetRequiredService<LoaderScheduler>().ScanNowAsync();
        return await next.WaitAsync(TimeSpan.FromMinutes(5));
    }

    public T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Warehouse.Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Warehouse.Open();
        return [.. connection.Query<T>(sql, parameters)];
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
