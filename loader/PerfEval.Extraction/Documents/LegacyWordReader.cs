namespace PerfEval.Extraction.Documents;

/// <summary>
/// Reads .doc, .wps and .rtf by converting them to .docx with LibreOffice (headless), then reading the .docx.
/// Each concurrent run uses its own LibreOffice profile (<see cref="LibreOfficeProfiles"/>): shared profiles block each other.
/// </summary>
internal static class LegacyWordReader
{
    public static ReportText Read(DocumentSource source, DocumentKind kind, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(source.FileName).ToLowerInvariant();
        var format = kind == DocumentKind.Rtf ? "rtf" : extension == ".wps" ? "wps" : "doc";
        using var workspace = new TempWorkspace(options.TempDirectory);
        // A fixed input name: the original name never reaches the command line.
        var input = workspace.PathOf("input." + format);
        File.WriteAllBytes(input, source.Bytes);
        var outputFolder = workspace.PathOf("out");
        Directory.CreateDirectory(outputFolder);
        var profile = LibreOfficeProfiles.Rent(options.TempDirectory);
        var healthy = false;
        ExternalToolResult result;
        try
        {
            result = ExternalTool.Run(
                options.Tools.Soffice,
                ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", outputFolder, input],
                options.ToolTimeout,
                cancellationToken: cancellationToken);
            healthy = true;
        }
        catch (ExternalToolMissingException e)
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.ToolMissing, $"reading .{format} files needs LibreOffice: install libreoffice-writer-nogui", e);
        }
        finally
        {
            LibreOfficeProfiles.Return(profile, healthy);
        }
        var converted = Path.Combine(outputFolder, "input.docx");
        if (!File.Exists(converted))
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.CorruptDoc, $"LibreOffice could not convert the .{format} file (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }
        var text = DocxReader.Read(File.ReadAllBytes(converted), source.FileName, format, options, [$"converted from .{format} by LibreOffice"]);
        // LibreOffice imports a file it cannot parse as plain text, so garbage "converts" into a document of noise.
        var sample = text.Text.AsSpan(0, Math.Min(text.Text.Length, 64 * 1024));
        if (ChineseTextPlausibility.GarbageShare(sample) > MaxGarbageShare || ChineseTextPlausibility.Score(sample) < MinPlausibility)
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.CorruptDoc, $"LibreOffice could read the .{format} file only as garbage text");
        }
        return text;
    }

    private const double MaxGarbageShare = 0.05;
    private const double MinPlausibility = 0.4;
}
