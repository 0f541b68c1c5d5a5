namespace PerfEval.Warehouse.Queries;

public sealed record LoadHistoryRow
{
    public long LoadId { get; init; }
    public string FilePath { get; init; } = "";
    public string? DocumentId { get; init; }
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public string ParserVersion { get; init; } = "";
    public DateTime StartedAt { get; init; }
    public double DurationMs { get; init; }
    public long? SizeBytes { get; init; }
    public int Total { get; init; }
}

/// <summary>导入: load attempts from the journal, newest first, optionally of one status.</summary>
public sealed class LoadHistoryQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<Paged<LoadHistoryRow>> RunAsync(string? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        return await database.PageAsync<LoadHistoryRow>(scope, "load_history", p => new
        {
            status = UnitListQuery.NullIfBlank(status), pageSize = p.PageSize, offset = p.Offset,
        }, r => r.Total, page, cancellationToken).ConfigureAwait(false);
    }
}
