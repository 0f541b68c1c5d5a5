namespace PerfEval.Warehouse.Queries;

public sealed record UnitListRow
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string? District { get; init; }
    public int Reports { get; init; }
    public int? LatestYear { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? Rate { get; init; }
    public double? Score { get; init; }
    public int Total { get; init; }
}

/// <summary>Units with reports under the filter, searchable by name. Sort keys: rate, rate_desc, budget, score (default: name).</summary>
public sealed class UnitListQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<Paged<UnitListRow>> RunAsync(ReportFilter filter, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        return await database.PageAsync<UnitListRow>(scope, "unit_list", p => new
        {
            year = filter.Year, region = filter.Region, kind = filter.Kind, search = NullIfBlank(search),
            sort = p.Sort ?? "", pageSize = p.PageSize, offset = p.Offset,
        }, r => r.Total, page, cancellationToken).ConfigureAwait(false);
    }

    internal static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
