namespace PerfEval.Warehouse.Queries;

public sealed record CategoryYearPair
{
    public string Category { get; init; } = "";
    public decimal? AmountA { get; init; }
    public decimal? AmountB { get; init; }
    public double? ShareA { get; init; }
    public double? ShareB { get; init; }

    /// <summary>Change of the category's share, percentage points (B − A; a missing side counts as 0%).</summary>
    public double ShareChange => (ShareB ?? 0) - (ShareA ?? 0);
}

/// <summary>Category totals and shares of two years side by side.</summary>
public sealed class CategoryMixChangeQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<CategoryYearPair>> RunAsync(int yearA, int yearB, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<CategoryYearPair>(scope, 
            "category_mix_change", new { yearA, yearB, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
