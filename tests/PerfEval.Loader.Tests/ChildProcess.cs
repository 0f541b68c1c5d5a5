using System.Collections.Concurrent;
using System.Diagnostics;

namespace PerfEval.Loader.Tests;

/// <summary>A dotnet program from the test output folder run as a real child process, its output collected line by line.</summary>
internal sealed class ChildProcess : IDisposable
{
    /// <summary>Test classes that run child processes share one xunit collection, so their timings do not crowd each other.</summary>
    public const string Collection = "child processes";

    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private ChildProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public IReadOnlyList<string> Lines => [.. lines];

    public string Output => string.Join('\n', lines);

    public static ChildProcess Start(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var child = new ChildProcess(Process.Start(start)!);
        child.process.OutputDataReceived += (_, e) => child.Add(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public static ChildProcess Perfeval(params string[] args) => Start("perfeval.dll", args);

    /// <summary>Waits until a line containing <paramref name="text"/> has been written; returns that line.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                break;
            }
            await Task.Delay(50);
        }
        return lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal))
            ?? throw new TimeoutException($"no line with '{text}' within {timeout}; output:\n{Output}");
    }

    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public void CloseInput() => process.StandardInput.Close();

    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
