using System.Diagnostics;
using PerfEval.Generator.Rendering;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

public sealed class PdfOutputTests
{
    [Fact]
    public async Task PdfReportsHaveATextLayerNamingTheUnit()
    {
        // LibreOffice is installed on this machine: a failed conversion must fail this test, not skip it.
        using var folder = new TempFolder();
        var spec = CorpusSpec.Demo with { Count = 6, Formats = [ReportFormats.Pdf], Threads = 2 };
        var result = await CorpusGenerator.GenerateAsync(spec, folder.Path, CancellationToken.None);

        Assert.Equal(6, result.Rows.Count);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".pdf-work")));
        foreach (var row in result.Rows)
        {
            var pdf = Path.Combine(folder.Path, row.File);
            Assert.EndsWith(".pdf", pdf, StringComparison.Ordinal);
            var text = await PdfToText(pdf);
            var truth = TruthJson.Read(TxtCorpusFixture.TruthPath(folder.Path, row)).Report;
            Assert.Contains(truth.UnitName!, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal("pdf", TruthJson.Read(TxtCorpusFixture.TruthPath(folder.Path, row)).Format);
        }
    }

    [Fact]
    public void PdfOutputWithoutLibreOfficeFailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PdfConverter.RequireSoffice("/nonexistent-bin"));

        Assert.Contains("libreoffice", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(PdfConverter.FindSoffice());
    }

    private static async Task<string> PdfToText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
