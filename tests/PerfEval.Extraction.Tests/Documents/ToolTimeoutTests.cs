using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// Each external tool the readers run (pdftotext, pdftoppm, tesseract, soffice) is replaced by a stub that hangs
/// with a child process: the read fails with a timeout naming the file, and the stub's whole tree is killed.
/// </summary>
[Collection(ConvertedDocumentsCollection.Name)]
public sealed class ToolTimeoutTests(ConvertedDocumentsFixture converted)
{
    [Theory]
    [InlineData("pdftotext", "000.pdf")]
    [InlineData("pdftoppm", "scan.pdf")]
    [InlineData("tesseract", "scan.pdf")]
    [InlineData("soffice", "000.doc")]
    public void AHangingToolTimesOutWithAReasonNamingTheFileAndLeavesNoProcess(string tool, string file)
    {
        var marker = "perfeval-hang-" + Guid.NewGuid().ToString("N");
        var stub = Path.Combine(converted.Folder, marker + ".sh");
        File.WriteAllText(stub, $"#!/bin/sh\nsh -c 'sleep 1000; :' {marker} &\nwait\n");
        Assert.Equal(0, ExternalTool.Run("chmod", ["u+x", stub], TimeSpan.FromSeconds(30)).ExitCode);
        var tools = tool switch
        {
            "pdftotext" => new ExternalToolPaths { PdfToText = stub },
            "pdftoppm" => new ExternalToolPaths { PdfToPpm = stub },
            "tesseract" => new ExternalToolPaths { Tesseract = stub },
            _ => new ExternalToolPaths { Soffice = stub },
        };
        var options = new DocumentReaderOptions { Tools = tools, ToolTimeout = TimeSpan.FromSeconds(1) };

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(File.ReadAllBytes(converted.PathOf(file)), "报告 " + file, options));

        Assert.Equal(DocumentReadReasons.Timeout, error.Reason);
        Assert.StartsWith("报告 " + file + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("killed", error.Message, StringComparison.Ordinal);
        Assert.True(SpinWait.SpinUntil(() => !RunningProcesses.AnyWithArgument(marker), TimeSpan.FromSeconds(10)), "the stub's child outlived the timeout");
    }

    [Fact]
    public void AFileNameWithShellSyntaxAndALeadingDashIsReadInPlaceAsAFile()
    {
        var folder = Path.Combine(converted.Folder, "names");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "-v $(touch pwned); `id`.pdf");
        File.Copy(converted.PathOf("000.pdf"), path, overwrite: true);

        var text = DocumentReader.Read(path);

        Assert.Contains("547.92", text.Text, StringComparison.Ordinal);
        Assert.Equal("-v $(touch pwned); `id`.pdf", Path.GetFileName(Assert.Single(Directory.GetFiles(folder))));
    }
}
