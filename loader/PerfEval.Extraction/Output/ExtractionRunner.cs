using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Output;

/// <summary>
/// What `perfeval extract` does: <c>extract &lt;file&gt; [--json]</c> prints one record (a summary, or indented JSON);
/// <c>extract &lt;folder&gt;</c> prints one JSON object per line. Returns 0 when everything was read, 2 when something
/// could not be (the reason goes to the error writer).
/// </summary>
public sealed class ExtractionRunner(Func<string, ReportText> reader, ReportExtractor extractor, Checks.ReportChecker? checker = null)
{
    public const int Read = 0;
    public const int Unreadable = 2;

    public const string Usage = "usage: perfeval extract <file|folder> [--json]";

    /// <summary>The files a folder run picks up; anything else beside them (notes, expected answers) is not a report.</summary>
    public static IReadOnlySet<string> ReportExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm" };

    /// <summary>The reader for .txt files until the document readers are wired in: UTF-8, or UTF-16 with a BOM.</summary>
    public static ReportText ReadPlainText(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        if (extension != "txt")
        {
            throw new NotSupportedException($"no reader for .{extension} files here; only .txt is read.");
        }
        return PlainTextLayout.Build(Path.GetFileName(path), "txt", File.ReadAllText(path));
    }

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json", StringComparer.Ordinal);
        var paths = args.Where(a => a != "--json").ToList();
        if (paths.Count != 1)
        {
            error.WriteLine(Usage);
            return Unreadable;
        }
        var path = paths[0];
        if (Directory.Exists(path))
        {
            return RunFolder(path, output, error);
        }
        var report = TryExtract(path, error);
        if (report is null)
        {
            return Unreadable;
        }
        output.WriteLine(json ? ReportJson.Serialize(report) : ReportSummary.Format(report));
        return Read;
    }

    private int RunFolder(string folder, TextWriter output, TextWriter error)
    {
        var code = Read;
        var files = Directory.EnumerateFiles(folder).Where(f => ReportExtensions.Contains(Path.GetExtension(f)));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var report = TryExtract(file, error);
            if (report is null)
            {
                code = Unreadable;
                continue;
            }
            output.WriteLine(ReportJson.Serialize(report, indented: false));
        }
        return code;
    }

    private ExtractedReport? TryExtract(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such file or folder");
            return null;
        }
        ReportText text;
        try
        {
            text = reader(path);
        }
        catch (Exception e)
        {
            // Any reader failure (format, encoding, converter missing) means this file cannot be read; say why.
            error.WriteLine($"{path}: {e.Message}");
            return null;
        }
        var report = extractor.Extract(text);
        return checker is null ? report : checker.Check(report);
    }
}
