namespace PerfEval.Warehouse.Queries;

public sealed record RateScorePoint
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public int? FiscalYear { get; init; }
    public double Rate { get; init; }
    public double Score { get; init; }
}

/// <summary>Execution rate against reported score, one point per report of one year.</summary>
public sealed class RateScoreScatterQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<RateScorePoint>> RunAsync(ReportFilter filter, int limit = 5000, CancellationToken cancellationToken = default) =>
        database.ListAsync<RateScorePoint>(scope, 
            "rate_score_scatter", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
