using System.Text;
using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>Finds the shared seed reports (../shared/seeds beside the repository) and this project's golden cases.</summary>
internal static class SeedTextFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SeedsFolder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    public static string GoldenCasesFolder => Path.Combine(RepoRoot, "tests", "PerfEval.Extraction.Tests", "Golden", "cases");

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> (e.g. "001"), laid out as plain text.</summary>
    public static ReportText Load(string prefix)
    {
        var path = Directory.GetFiles(SeedsFolder, prefix + "_*.txt").Single();
        return PlainTextLayout.Build(Path.GetFileName(path), "txt", File.ReadAllText(path, Encoding.UTF8));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
    }
}
