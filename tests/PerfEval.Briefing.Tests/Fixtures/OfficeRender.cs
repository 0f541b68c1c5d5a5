using System.Diagnostics;

namespace PerfEval.Briefing.Tests.Fixtures;

/// <summary>LibreOffice converts a .docx to PDF; pdftotext reads it and pdftoppm renders page 1 into the test output.</summary>
public static class OfficeRender
{
    /// <summary>Returns the PDF's text and the path of page 1 as PNG (kept under the test output to look at).</summary>
    public static (string Text, string Png) ToPdfAndPageOne(byte[] docx, string name)
    {
        var folder = Directory.CreateTempSubdirectory("perfeval-render-").FullName;
        var path = Path.Combine(folder, name + ".docx");
        File.WriteAllBytes(path, docx);
        Run("soffice", "-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder, path);
        var pdf = Path.Combine(folder, name + ".pdf");
        Assert.True(File.Exists(pdf), "LibreOffice produced no PDF");
        var text = Run("pdftotext", "-layout", pdf, "-");
        var prefix = Path.Combine(AppContext.BaseDirectory, "rendered", name);
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        Run("pdftoppm", "-r", "70", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, prefix);
        return (text, prefix + ".png");
    }

    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(180_000), tool + " timed out");
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
