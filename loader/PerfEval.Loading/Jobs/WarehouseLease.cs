using PerfEval.DuckDb;
using PerfEval.Warehouse;

namespace PerfEval.Loading.Jobs;

/// <summary>
/// The right to write the warehouse, held as an open connection: DuckDB locks the file for one read-write process,
/// so the operating system releases the lease the moment its holder dies, even by SIGKILL. Only the holder runs jobs.
/// </summary>
public sealed class WarehouseLease(WarehouseDatabase warehouse) : IDisposable
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource acquired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DuckDbConnection? held;

    public string DatabasePath => warehouse.DatabasePath;

    public bool IsHeld
    {
        get
        {
            lock (gate)
            {
                return held is not null;
            }
        }
    }

    /// <summary>The process that held the file at the last failed attempt; this process once the lease is taken.</summary>
    public int? HolderProcessId { get; private set; }

    /// <summary>Completes when this process takes the lease.</summary>
    public Task Acquired => acquired.Task;

    public bool TryAcquire()
    {
        lock (gate)
        {
            if (held is not null)
            {
                return true;
            }
            try
            {
                held = warehouse.Open();
            }
            catch (DuckDbException e) when (e.LockHolderProcessId is { } pid)
            {
                HolderProcessId = pid;
                return false;
            }
            HolderProcessId = Environment.ProcessId;
        }
        acquired.TrySetResult();
        return true;
    }

    public void Dispose()
    {
        lock (gate)
        {
            held?.Dispose();
            held = null;
        }
    }
}
