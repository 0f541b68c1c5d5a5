namespace PerfEval.Warehouse.Queries;

public sealed record FlagRuleCount
{
    public string Rule { get; init; } = "";
    public int Flags { get; init; }
    public int Critical { get; init; }
}

/// <summary>How many flags each rule raised under the filter, most frequent first.</summary>
public sealed class FlagRuleCountsQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<FlagRuleCount>> RunAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<FlagRuleCount>(scope, "flag_rule_counts", filter.Parameters, cancellationToken);
}
