namespace PerfEval.DuckDb.Execution;

/// <summary>
/// Wires a cancellation token to duckdb_interrupt. DuckDB clears the interrupt flag when a statement starts, so a
/// token cancelled just before that would be lost: once cancelled, it interrupts again every 50 ms until the
/// work ends — and never after, so the connection's next statement is untouched.
/// </summary>
internal sealed class CancellationInterrupter : IDisposable
{
    private readonly DuckDbConnection connection;
    private readonly Lock gate = new();
    private readonly CancellationTokenRegistration registration;
    private Timer? repeat;
    private bool active = true;

    public CancellationInterrupter(DuckDbConnection connection, CancellationToken cancellation)
    {
        this.connection = connection;
        registration = cancellation.Register(static state => ((CancellationInterrupter)state!).Start(), this);
    }

    public void Dispose()
    {
        registration.Dispose();
        lock (gate)
        {
            active = false;
            repeat?.Dispose();
        }
    }

    private void Start()
    {
        lock (gate)
        {
            if (!active)
            {
                return;
            }
            connection.Interrupt();
            repeat = new Timer(static state => ((CancellationInterrupter)state!).Again(), this, 50, 50);
        }
    }

    private void Again()
    {
        lock (gate)
        {
            if (active)
            {
                connection.Interrupt();
            }
        }
    }
}
