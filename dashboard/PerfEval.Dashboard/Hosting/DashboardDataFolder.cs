using Microsoft.Extensions.Configuration;

namespace PerfEval.Dashboard.Hosting;

/// <summary>The data folder (warehouse, originals, inbox): PERFEVAL_DATA, else Loader:DataFolder, else ./data.</summary>
public sealed record DashboardDataFolder(string Path)
{
    public string OriginalsFolder => System.IO.Path.Combine(Path, "originals");

    public static DashboardDataFolder From(IConfiguration configuration) =>
        new(System.IO.Path.GetFullPath(configuration["PERFEVAL_DATA"] ?? configuration["Loader:DataFolder"] ?? "data"));
}
