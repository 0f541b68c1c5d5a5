using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Tests.Rules.Identity;

/// <summary>The seed reports beside the repository (../shared/seeds) and the golden cases in this project's source.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
    });

    public static string SeedsFolder => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "seeds"));

    public static string GoldenFolder(string name) =>
        Path.Combine(Root.Value, "tests", "PerfEval.Extraction.Tests", "Golden", name);

    public static string Seed(string prefix) =>
        Directory.GetFiles(SeedsFolder, prefix + "_*.txt").Single();

    public static ReportText ReadText(string path) =>
        PlainTextLayout.Build(Path.GetFileName(path), "txt", File.ReadAllText(path));

    public static ExtractedReport Extract(string path) => ReportExtractor.CreateDefault().Extract(ReadText(path));

    public static ExtractedReport ExtractSeed(string prefix) => Extract(Seed(prefix));

    public static ExtractedReport ExtractString(string text) =>
        ReportExtractor.CreateDefault().Extract(PlainTextLayout.Build("case.txt", "txt", text));
}
