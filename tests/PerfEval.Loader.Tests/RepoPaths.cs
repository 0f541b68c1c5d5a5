namespace PerfEval.Loader.Tests;

/// <summary>Finds the repository (the folder holding PerfEval.sln) and the shared seeds beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    public static IReadOnlyList<string> SeedFiles => [.. Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
    }
}
