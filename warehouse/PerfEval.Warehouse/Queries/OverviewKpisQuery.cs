namespace PerfEval.Warehouse.Queries;

/// <summary>The overview's KPI figures of one fiscal year.</summary>
public sealed record YearKpis
{
    public int FiscalYear { get; init; }
    public int Reports { get; init; }
    public int Units { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? WeightedRate { get; init; }
    public double? MedianScore { get; init; }
    public int RedFlags { get; init; }
    public int DemoReports { get; init; }
}

/// <summary>The KPI figures of a year and of the year before (null when it has no reports).</summary>
public sealed record OverviewKpis(YearKpis? Current, YearKpis? Previous);

/// <summary>总览 KPI cards: reports, units, budget, executed, weighted execution rate, median score, red flags.</summary>
public sealed class OverviewKpisQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<OverviewKpis> RunAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        if (filter.Year is not { } year)
        {
            return new OverviewKpis(null, null);
        }
        var rows = await database.ListAsync<YearKpis>(scope, "overview_kpis", filter.Parameters, cancellationToken).ConfigureAwait(false);
        return new OverviewKpis(rows.FirstOrDefault(r => r.FiscalYear == year), rows.FirstOrDefault(r => r.FiscalYear == year - 1));
    }
}
