using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>Finds the seeds and golden cases from the repository root and extracts them with the default rules.</summary>
internal static class MoneyTestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("No PerfEval.sln above " + AppContext.BaseDirectory);
    });

    public static string SeedsFolder => Path.GetFullPath(Path.Combine(Root.Value, "..", "shared", "seeds"));

    public static string GoldenFolder => Path.Combine(Root.Value, "tests", "PerfEval.Extraction.Tests", "Golden", "money");

    public static ExtractedReport ExtractSeed(string prefix)
    {
        var path = Directory.GetFiles(SeedsFolder, prefix + "_*.txt").Single();
        return ExtractFile(path);
    }

    public static ExtractedReport ExtractFile(string path) => Extract(Path.GetFileName(path), File.ReadAllText(path));

    public static ExtractedReport Extract(string name, string text) =>
        ReportExtractor.CreateDefault().Extract(PlainTextLayout.Build(name, "txt", text));

    public static ExtractedReport Extract(ReportText text) => ReportExtractor.CreateDefault().Extract(text);
}
