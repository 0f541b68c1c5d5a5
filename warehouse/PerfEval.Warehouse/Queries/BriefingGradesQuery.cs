namespace PerfEval.Warehouse.Queries;

public sealed record GradeBandPair
{
    public string Grade { get; init; } = "";
    public int Current { get; init; }
    public int Previous { get; init; }
}

/// <summary>简报 总体情况: reports per grade band (优, 良, 中, 差, 未评分) in the filter's year and the year before.</summary>
public sealed class BriefingGradesQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<GradeBandPair>> RunAsync(int year, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<GradeBandPair>(scope, "briefing_grades", new { year, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
