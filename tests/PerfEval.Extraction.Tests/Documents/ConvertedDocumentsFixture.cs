using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// Converts the seeds (and the government page) once per test run with LibreOffice: .docx, .pdf and .doc;
/// each seed is also re-encoded as GB18030 (&lt;seed&gt;.gb18030.txt); page 1 of seed 001 is also rendered to an image-only PDF for OCR. Nothing converted is committed.
/// </summary>
public sealed class ConvertedDocumentsFixture : IDisposable
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    public ConvertedDocumentsFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "perfeval-readers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        try
        {
            Convert();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Folder { get; }

    private void Convert()
    {
        var seeds = new List<string>();
        foreach (var seed in SeedFiles.All)
        {
            var copy = Path.Combine(Folder, Path.GetFileName(seed)[..3] + ".txt");
            File.Copy(seed, copy);
            seeds.Add(copy);
            File.WriteAllBytes(Path.Combine(Folder, Path.GetFileName(seed)[..3] + ".gb18030.txt"), TextDecoder.Gb18030.GetBytes(File.ReadAllText(seed)));
        }
        var page = Path.Combine(Folder, "page.html");
        File.WriteAllBytes(page, TextDecoder.Gb18030.GetBytes(GovernmentPage.Html));

        Soffice("docx:MS Word 2007 XML", seeds);
        Soffice("pdf", seeds);
        Soffice("doc:MS Word 97", seeds);
        Soffice("docx:MS Word 2007 XML", [page], inputOption: "--infilter=HTML (StarWriter)");
        Soffice("pdf", [page], inputOption: "--infilter=HTML (StarWriter)");

        var locked = Path.Combine(Folder, "locked");
        Directory.CreateDirectory(locked);
        Soffice(
            """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}""",
            [seeds[0]],
            outputFolder: locked);

        Run("pdftoppm", ["-gray", "-r", "150", "-f", "1", "-l", "1", "-singlefile", PathOf("001.pdf"), Path.Combine(Folder, "scan")]);
        ImageOnlyPdf.Write(Path.Combine(Folder, "scan.pgm"), Path.Combine(Folder, "scan.pdf"));
    }

    public string PathOf(string name)
    {
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? path : throw new FileNotFoundException("the fixture did not produce " + name, path);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>LibreOffice insists that --outdir directly follows --convert-to.</summary>
    private void Soffice(string convertTo, IReadOnlyList<string> files, string? inputOption = null, string? outputFolder = null) =>
        Run("soffice", ["-env:UserInstallation=" + new Uri(Path.Combine(Folder, "lo-profile")).AbsoluteUri, "--headless", "--norestore", .. (inputOption is null ? Array.Empty<string>() : [inputOption]), "--convert-to", convertTo, "--outdir", outputFolder ?? Folder, .. files]);

    private static void Run(string tool, IReadOnlyList<string> arguments)
    {
        var result = ExternalTool.Run(tool, arguments, ConversionTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({result.ExitCode}): {result.StandardError}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ConvertedDocumentsCollection : ICollectionFixture<ConvertedDocumentsFixture>
{
    public const string Name = "converted documents";
}
