namespace PerfEval.Warehouse.Queries;

public sealed record LowExecutionReport
{
    public string DocumentId { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? ProjectName { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public decimal? Rate { get; init; }
    public decimal? ScoreReported { get; init; }
    public string? Evidence { get; init; }
}

/// <summary>简报 执行率偏低的单位: the year's reports flagged low_execution, with figures and the flag's evidence.</summary>
public sealed class BriefingLowExecutionQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<LowExecutionReport>> RunAsync(int year, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<LowExecutionReport>(scope, "briefing_low_execution", new { year, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
