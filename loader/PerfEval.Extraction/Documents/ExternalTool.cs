using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Runs a command-line tool with an argument list (never a shell string), captures its output and kills the
/// whole process tree when it overruns its timeout.
/// </summary>
public static class ExternalTool
{
    public static ExternalToolResult Run(
        string executable,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        int maxOutputChars = int.MaxValue,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ExternalToolMissingException(executable, e);
        }

        // No tool here reads stdin; closing it stops one that unexpectedly prompts from waiting forever.
        process.StandardInput.Close();
        using var overrun = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stdout = new BoundedCapture(maxOutputChars, overrun);
        var stderr = new BoundedCapture(64 * 1024, null);
        var stdoutTask = stdout.DrainAsync(process.StandardOutput);
        var stderrTask = stderr.DrainAsync(process.StandardError);

        var stopwatch = Stopwatch.StartNew();
        bool exited;
        try
        {
            overrun.CancelAfter(timeout);
            process.WaitForExitAsync(overrun.Token).GetAwaiter().GetResult();
            exited = true;
        }
        catch (OperationCanceledException)
        {
            exited = false;
        }

        if (!exited)
        {
            Kill(process);
            Task.WaitAll([stdoutTask, stderrTask], TimeSpan.FromSeconds(5));
            cancellationToken.ThrowIfCancellationRequested();
            if (stdout.Overflowed)
            {
                throw new ExternalToolOutputTooLargeException(executable, maxOutputChars);
            }
            throw new ExternalToolTimeoutException(executable, timeout);
        }

        Task.WaitAll(stdoutTask, stderrTask);
        return new ExternalToolResult(process.ExitCode, stdout.Text, stderr.Text, stopwatch.Elapsed);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Exited between the timeout and the kill.
        }
    }

    /// <summary>Reads a stream to its end, keeping at most a limit of characters; cancels the run when it overflows.</summary>
    private sealed class BoundedCapture(int limit, CancellationTokenSource? onOverflow)
    {
        private readonly StringBuilder _text = new();

        public bool Overflowed { get; private set; }

        public string Text => _text.ToString();

        public async Task DrainAsync(StreamReader reader)
        {
            var buffer = new char[16 * 1024];
            int read;
            while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
            {
                var room = limit - _text.Length;
                if (read > room)
                {
                    _text.Append(buffer, 0, Math.Max(room, 0));
                    if (!Overflowed)
                    {
                        Overflowed = true;
                        await (onOverflow?.CancelAsync() ?? Task.CompletedTask).ConfigureAwait(false);
                    }
                    continue;
                }
                _text.Append(buffer, 0, read);
            }
        }
    }
}

public sealed record ExternalToolResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);
