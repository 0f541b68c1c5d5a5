using System.Diagnostics;
using Dapper;
using PerfEval.DuckDb.Diagnostics;

namespace PerfEval.DuckDb.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public void AListenerSeesEachCommandWithItsParametersAndCanReplayIt()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        var seen = new List<ExecutingCommand>();
        using var observer = new ListenerObserver(seen);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(observer);

        var sum = connection.ExecuteScalar<long>("SELECT sum(range)::BIGINT FROM range($n)", new { n = 10 });
        // Tests run in parallel and the listener is process-wide: pick this test's command out.
        ExecutingCommand mine;
        lock (seen)
        {
            mine = seen.Single(c => c.CommandText.Contains("range($n)", StringComparison.Ordinal));
        }
        var replayed = new DuckDbCommand(mine.CommandText, connection);
        foreach (var parameter in mine.Parameters)
        {
            replayed.Parameters.Add(parameter);
        }

        Assert.Equal(45L, sum);
        Assert.Equal(10, mine.Parameters.Single().Value);
        Assert.Equal(45L, Convert.ToInt64(replayed.ExecuteScalar()));
    }

    private sealed class ListenerObserver(List<ExecutingCommand> seen) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> subscriptions = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DuckDbDiagnostics.ListenerName)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == DuckDbDiagnostics.CommandExecuting && value.Value is ExecutingCommand command)
            {
                lock (seen)
                {
                    seen.Add(command);
                }
            }
        }

        public void Dispose() => subscriptions.ForEach(s => s.Dispose());

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
