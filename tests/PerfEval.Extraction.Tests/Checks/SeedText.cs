namespace PerfEval.Extraction.Tests.Checks;

/// <summary>The seed reports in ../shared/seeds, beside the repository.</summary>
internal static class SeedText
{
    public static string Folder { get; } = FindFolder();

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
            }
        }
        throw new DirectoryNotFoundException("No PerfEval.sln above " + AppContext.BaseDirectory);
    }
}
