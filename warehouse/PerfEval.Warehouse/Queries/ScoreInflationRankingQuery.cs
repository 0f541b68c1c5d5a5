namespace PerfEval.Warehouse.Queries;

public sealed record ScoreInflationRow
{
    public string DocumentId { get; init; } = "";
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public int? FiscalYear { get; init; }
    public double ScoreReported { get; init; }
    public double ScoreRecomputed { get; init; }
    public double Inflation { get; init; }
}

/// <summary>Reports ranked by score inflation (reported − recomputed), largest first.</summary>
public sealed class ScoreInflationRankingQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<ScoreInflationRow>> RunAsync(ReportFilter filter, int limit = 20, CancellationToken cancellationToken = default) =>
        database.ListAsync<ScoreInflationRow>(scope, 
            "score_inflation_ranking", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
