namespace PerfEval.Warehouse.Queries;

public sealed record InflatedScoreReport
{
    public string DocumentId { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? ProjectName { get; init; }
    public decimal ScoreReported { get; init; }
    public decimal? ScoreRecomputed { get; init; }
    public decimal? ExecutionRate { get; init; }
    public string Reasons { get; init; } = "";
    public string? Evidence { get; init; }
}

/// <summary>简报 自评分可能虚高的单位: the year's reports with a score flag or a score above its rows' sum.</summary>
public sealed class BriefingInflatedScoresQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<InflatedScoreReport>> RunAsync(int year, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<InflatedScoreReport>(scope, "briefing_inflated_scores", new { year, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
