using System.Diagnostics;

namespace PerfEval.Generator.Rendering;

/// <summary>
/// Converts .docx files to .pdf with LibreOffice (`soffice --headless --convert-to pdf`), many files per process,
/// each process with its own profile so several can run at once.
/// </summary>
public static class PdfConverter
{
    public const string MissingMessage =
        "PDF output needs LibreOffice: 'soffice' was not found on PATH (apt-get install libreoffice-writer-nogui)";

    /// <summary>The soffice executable, or null when LibreOffice is not installed.</summary>
    /// <param name="searchPath">Folders to search, PATH-style; null means the process's PATH.</param>
    public static string? FindSoffice(string? searchPath = null)
    {
        foreach (var dir in (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>How long one batch may take before soffice is taken to be hung (it sometimes waits on a dialog).</summary>
    public static TimeSpan BatchTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public static string RequireSoffice(string? searchPath = null) => FindSoffice(searchPath) ?? throw new InvalidOperationException(MissingMessage);

    /// <summary>Converts the files into <paramref name="outFolder"/> (same base names, .pdf); throws naming any file that failed.</summary>
    public static async Task ConvertAsync(IReadOnlyList<string> docxFiles, string outFolder, CancellationToken ct)
    {
        if (docxFiles.Count == 0)
        {
            return;
        }
        var soffice = RequireSoffice();
        var profile = Path.Combine(Path.GetTempPath(), "perfeval-soffice-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", outFolder })
            {
                start.ArgumentList.Add(arg);
            }
            foreach (var file in docxFiles)
            {
                start.ArgumentList.Add(file);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + soffice);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(BatchTimeout);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
                await stdout;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException($"soffice did not convert {docxFiles.Count} files within {BatchTimeout}");
            }
            var missing = docxFiles.Where(f => !File.Exists(Path.Combine(outFolder, Path.GetFileNameWithoutExtension(f) + ".pdf"))).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"soffice failed to convert {missing.Count} of {docxFiles.Count} files (exit {process.ExitCode}), first: {missing.FirstOrDefault()}; {(await stderr).Trim()}");
            }
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
