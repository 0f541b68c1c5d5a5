using System.Diagnostics;
using PerfEval.DuckDb.Diagnostics;

namespace PerfEval.Loader.Bench;

/// <summary>Collects the statements the provider announces (see <see cref="DuckDbDiagnostics"/>) while it is subscribed.</summary>
internal sealed class CommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<ExecutingCommand> commands = [];
    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable allListeners;

    public CommandRecorder() => allListeners = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>The commands seen since the last call, oldest first.</summary>
    public IReadOnlyList<ExecutingCommand> Take()
    {
        lock (commands)
        {
            var taken = commands.ToList();
            commands.Clear();
            return taken;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DuckDbDiagnostics.ListenerName)
        {
            subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is ExecutingCommand command)
        {
            lock (commands)
            {
                commands.Add(command);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        subscriptions.ForEach(s => s.Dispose());
    }
}
