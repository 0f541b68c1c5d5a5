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
public sealed class FlagListQuery(WarehouseDatabase database)
{
    public async Task<Paged<FlagRow>> RunAsync(ReportFilter filter, string? rule, string? severity, PageRequest page, CancellationToken cancellationToken = default)
    {
        var rows = await database.ListAsync<FlagRow>("flag_list", new
        {
            year = filter.Year, region = filter.Region, kind = filter.Kind,
            rule = UnitListQuery.NullIfBlank(rule), severity = UnitListQuery.NullIfBlank(severity),
            sort = page.Sort ?? "", pageSize = page.PageSize, offset = page.Offset,
        }, cancellationToken).ConfigureAwait(false);
        return new Paged<FlagRow>(rows, rows.Count > 0 ? rows[0].Total : 0, page);
    }
}
