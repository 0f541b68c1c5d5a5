namespace PerfEval.Loading.Jobs;

/// <summary>What the loader jobs have done in this process: the last scan's summary, and a way to await the next scan.</summary>
public sealed class LoaderActivity
{
    private readonly Lock gate = new();
    private TaskCompletionSource<LoadSummary> nextScan = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoadSummary? LastScan { get; private set; }

    public DateTime? LastScanAt { get; private set; }

    public int CompletedScans { get; private set; }

    /// <summary>Completes when a scan that starts after this call has finished.</summary>
    public Task<LoadSummary> NextScanAsync()
    {
        lock (gate)
        {
            return nextScan.Task;
        }
    }

    internal void ScanCompleted(LoadSummary summary)
    {
        TaskCompletionSource<LoadSummary> completed;
        lock (gate)
        {
            LastScan = summary;
            LastScanAt = DateTime.UtcNow;
            CompletedScans++;
            completed = nextScan;
            nextScan = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        completed.SetResult(summary);
    }
}
