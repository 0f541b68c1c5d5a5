namespace PerfEval.Warehouse.Queries;

public sealed record ReportListRow
{
    public string DocumentId { get; init; } = "";
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public int? FiscalYear { get; init; }
    public string Kind { get; init; } = "";
    public string? ProjectName { get; init; }
    public string? District { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? Rate { get; init; }
    public double? Score { get; init; }
    public string? Grade { get; init; }
    public int Flags { get; init; }
    public bool RegionAmbiguous { get; init; }
    public bool IsDemo { get; init; }
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public DateTime LoadedAt { get; init; }
    public int Total { get; init; }
}

/// <summary>报告: every current report with key figures and status. Sort keys: unit, budget, rate, score, loaded (default: year, unit).</summary>
public sealed class ReportListQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<Paged<ReportListRow>> RunAsync(ReportFilter filter, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        return await database.PageAsync<ReportListRow>(scope, "report_list", p => new
        {
            year = filter.Year, region = filter.Region, kind = filter.Kind, search = UnitListQuery.NullIfBlank(search),
            sort = p.Sort ?? "", pageSize = p.PageSize, offset = p.Offset,
        }, r => r.Total, page, cancellationToken).ConfigureAwait(false);
    }
}
