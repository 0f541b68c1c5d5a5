namespace PerfEval.Warehouse.Queries;

public sealed record ReportProblems
{
    public string DocumentId { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string Problems { get; init; } = "";
}

/// <summary>简报 存在的主要问题: the problems section of each of the year's reports that has one.</summary>
public sealed class BriefingProblemsQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<ReportProblems>> RunAsync(int year, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<ReportProblems>(scope, "briefing_problems", new { year, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
