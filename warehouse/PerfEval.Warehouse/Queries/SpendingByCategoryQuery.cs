namespace PerfEval.Warehouse.Queries;

public sealed record UnitCategorySpending
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string Category { get; init; } = "";
    public decimal Amount { get; init; }
}

/// <summary>Spending by unit and category for one year, for the units with the largest totals.</summary>
public sealed class SpendingByCategoryQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<UnitCategorySpending>> RunAsync(ReportFilter filter, int limit = 15, CancellationToken cancellationToken = default) =>
        database.ListAsync<UnitCategorySpending>(scope, 
            "spending_by_category", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
