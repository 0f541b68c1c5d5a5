namespace PerfEval.Warehouse.Queries;

public sealed record FlagRow
{
    public string DocumentId { get; init; } = "";
    public int FlagNo { get; init; }
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public int? FiscalYear { get; init; }
    public string? District { get; init; }
    public string Rule { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    public string? EvidenceQuote { get; init; }
    public bool IsDemo { get; init; }
    public int Total { get; init; }
}

/// <summary>预警: flags of current reports by rule, severity, year, region and kind. Sort keys: unit, year, rule (default: severity).</summary>
public sealed class FlagListQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<Paged<FlagRow>> RunAsync(ReportFilter filter, string? rule, string? severity, PageRequest page, CancellationToken cancellationToken = default)
    {
        return await database.PageAsync<FlagRow>(scope, "flag_list", p => new
        {
            year = filter.Year, region = filter.Region, kind = filter.Kind,
            rule = UnitListQuery.NullIfBlank(rule), severity = UnitListQuery.NullIfBlank(severity),
            sort = p.Sort ?? "", pageSize = p.PageSize, offset = p.Offset,
        }, r => r.Total, page, cancellationToken).ConfigureAwait(false);
    }
}
