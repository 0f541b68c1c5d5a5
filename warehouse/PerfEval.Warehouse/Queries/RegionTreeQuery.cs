namespace PerfEval.Warehouse.Queries;

public sealed record RegionPath
{
    public string ProvinceCode { get; init; } = "";
    public string? Province { get; init; }
    public string? CityCode { get; init; }
    public string? City { get; init; }
    public string? DistrictCode { get; init; }
    public string? District { get; init; }
}

/// <summary>Every province → city → district path that has reports, for the cascading region filter.</summary>
public sealed class RegionTreeQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<RegionPath>> RunAsync(CancellationToken cancellationToken = default) =>
        database.ListAsync<RegionPath>(scope, "region_tree", new { }, cancellationToken);
}
