using Dapper;
using PerfEval.Briefing.Building;
using PerfEval.Loading;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Tests.Fixtures;

/// <summary>A temporary warehouse filled by the real loader (extraction, checks, appender writes) from report files.</summary>
public sealed class LoadedWarehouse : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "perfeval-briefing-" + Guid.NewGuid().ToString("N"));

    public LoadedWarehouse(IEnumerable<string> files)
    {
        Database = new WarehouseDatabase(Path.Combine(folder, "warehouse.duckdb"));
        Summary = new DocumentLoader(Database, new LoaderOptions { DataFolder = folder }, ReportProcessor.CreateDefault())
            .Load(files, new LoadRequest());
    }

    public WarehouseDatabase Database { get; }

    public LoadSummary Summary { get; }

    public BriefingBuilder Builder() => new(
        new OverviewKpisQuery(Database, RegionScope.All), new BriefingGradesQuery(Database, RegionScope.All), new BriefingLowExecutionQuery(Database, RegionScope.All),
        new BriefingInflatedScoresQuery(Database, RegionScope.All), new CategoryMixChangeQuery(Database, RegionScope.All), new BriefingProblemsQuery(Database, RegionScope.All),
        new YearOverYearQuery(Database, RegionScope.All), new BriefingHeadingQuery(Database, RegionScope.All));

    public T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Database.Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Database.Open();
        return [.. connection.Query<T>(sql, parameters)];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // DuckDB's instance cache may hold the file until the process ends.
        }
    }
}
