namespace PerfEval.Warehouse.Queries;

/// <summary>Fiscal years that have current reports, newest first.</summary>
public sealed class YearListQuery(WarehouseDatabase database)
{
    public Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken = default) =>
        database.ListAsync<int>("year_list", new { }, cancellationToken);
}
