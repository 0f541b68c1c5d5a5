using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PerfEval.Loader.Tests.Jobs;

/// <summary>A logger provider that keeps every entry's named properties, to check what the logs carry.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<IReadOnlyDictionary<string, object?>> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> properties)
            {
                owner.Entries.Enqueue(properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
            }
        }
    }
}
