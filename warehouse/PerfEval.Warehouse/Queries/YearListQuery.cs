namespace PerfEval.Warehouse.Queries;

/// <summary>Fiscal years that have current reports, newest first.</summary>
public sealed class YearListQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken = default) =>
        database.ListAsync<int>(scope, "year_list", new { }, cancellationToken);
}
