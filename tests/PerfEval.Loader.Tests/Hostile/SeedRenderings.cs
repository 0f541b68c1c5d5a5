using PerfEval.Extraction.Documents;

namespace PerfEval.Loader.Tests.Hostile;

/// <summary>Two real seeds rendered to .docx and .pdf by LibreOffice in a temp folder, as the sources of truncated and corrupted files.</summary>
internal sealed class SeedRenderings : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-hostile-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedRenderings()
    {
        Directory.CreateDirectory(folder);
        var seeds = RepoPaths.SeedFiles.Take(2).Select((seed, i) =>
        {
            var copy = Path.Combine(folder, $"seed{i}.txt");
            File.Copy(seed, copy);
            return copy;
        }).ToList();
        foreach (var format in new[] { "docx:MS Word 2007 XML", "pdf" })
        {
            var result = ExternalTool.Run(
                "soffice",
                ["-env:UserInstallation=" + new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", folder, .. seeds],
                TimeSpan.FromMinutes(3));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("soffice failed: " + result.StandardError);
            }
        }
        Docx = [.. seeds.Select(s => File.ReadAllBytes(Path.ChangeExtension(s, ".docx")))];
        Pdf = [.. seeds.Select(s => File.ReadAllBytes(Path.ChangeExtension(s, ".pdf")))];
        Text = [.. RepoPaths.SeedFiles.Select(File.ReadAllText)];
    }

    public IReadOnlyList<byte[]> Docx { get; }

    public IReadOnlyList<byte[]> Pdf { get; }

    public IReadOnlyList<string> Text { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
