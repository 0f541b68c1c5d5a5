namespace PerfEval.Warehouse.Queries;

public sealed record YearCategoryShare
{
    public int FiscalYear { get; init; }
    public string Category { get; init; } = "";
    public decimal Amount { get; init; }
    public double? Share { get; init; }
}

/// <summary>Spending by category and year, with each category's share of its year (the year in the filter is ignored).</summary>
public sealed class CategoryShareByYearQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<YearCategoryShare>> RunAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<YearCategoryShare>(scope, 
            "category_share_by_year", new { region = filter.Region, kind = filter.Kind }, cancellationToken);
}
