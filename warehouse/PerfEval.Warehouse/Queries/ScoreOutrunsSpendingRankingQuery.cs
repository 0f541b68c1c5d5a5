namespace PerfEval.Warehouse.Queries;

/// <summary>
/// The 自评预警 measure of one report: ClaimedShare = S/Smax (percent of non-execution points claimed),
/// Gap = (S/Smax − E)/(S/Smax) in percent; red above 5%.
/// </summary>
public sealed record ScoreOutrunsSpendingRow
{
    public string DocumentId { get; init; } = "";
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public int? FiscalYear { get; init; }
    public double Rate { get; init; }
    public double ClaimedShare { get; init; }
    public double Gap { get; init; }
    public bool Flagged { get; init; }
}

/// <summary>Reports whose claimed points outrun the money spent by more than 5%, largest gap first.</summary>
public sealed class ScoreOutrunsSpendingRankingQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<ScoreOutrunsSpendingRow>> RunAsync(ReportFilter filter, int limit = 20, CancellationToken cancellationToken = default) =>
        database.ListAsync<ScoreOutrunsSpendingRow>(scope, 
            "score_outruns_spending_ranking", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
