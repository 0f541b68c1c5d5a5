namespace PerfEval.Extraction.Tests.Documents;

/// <summary>The five real seed reports in ../shared/seeds beside the repository.</summary>
internal static class SeedFiles
{
    public static string Folder { get; } = FindSeeds();

    public static IReadOnlyList<string> All { get; } = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();

    public static string Path(string prefix) => All.Single(p => System.IO.Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal));

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var path in All)
        {
            data.Add(System.IO.Path.GetFileNameWithoutExtension(path));
        }
        return data;
    }

    private static string FindSeeds()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "PerfEval.sln")))
        {
            folder = folder.Parent;
        }
        if (folder is null)
        {
            throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
        }
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(folder.FullName, "..", "shared", "seeds"));
    }
}
