using PerfEval.DuckDb;
using PerfEval.Warehouse;

namespace PerfEval.Dashboard.Hosting;

/// <summary>
/// Holds one warehouse connection while the host runs. Queries open and close their own connections; without a
/// holder the last close shuts the DuckDB instance down and the next request pays for opening the file again
/// (catalog, WAL replay) — most of a page's time on a quiet dashboard.
/// </summary>
public sealed class WarehouseKeepAlive(WarehouseDatabase database) : IHostedService, IDisposable
{
    private DuckDbConnection? held;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        held = database.Open();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        held?.Dispose();
        held = null;
    }
}
