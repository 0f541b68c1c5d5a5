namespace PerfEval.Warehouse.Queries;

public sealed record UnitExecutionRate
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? District { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? Rate { get; init; }
}

/// <summary>Budget-weighted execution rate per unit for one year, lowest first.</summary>
public sealed class ExecutionRateByUnitQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<UnitExecutionRate>> RunAsync(ReportFilter filter, int limit = 40, CancellationToken cancellationToken = default) =>
        database.ListAsync<UnitExecutionRate>(scope, 
            "execution_rate_by_unit", new { year = filter.Year, region = filter.Region, kind = filter.Kind, limit }, cancellationToken);
}
