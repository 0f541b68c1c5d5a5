namespace PerfEval.Warehouse.Queries;

public sealed record DistrictScoreBox
{
    public string District { get; init; } = "";
    public int Reports { get; init; }
    public double Min { get; init; }
    public double Q1 { get; init; }
    public double Median { get; init; }
    public double Q3 { get; init; }
    public double Max { get; init; }
}

/// <summary>Five-number summary of reported scores per district for one year.</summary>
public sealed class ScoreBoxByDistrictQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<DistrictScoreBox>> RunAsync(ReportFilter filter, int limit = 30, CancellationToken cancellationToken = default) =>
        database.ListAsync<DistrictScoreBox>(scope, 
            "score_box_by_district", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
