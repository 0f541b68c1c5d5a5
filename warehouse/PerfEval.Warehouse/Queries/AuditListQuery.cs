namespace PerfEval.Warehouse.Queries;

public sealed record AuditRow
{
    public long AuditId { get; init; }
    public DateTime At { get; init; }
    public string UserName { get; init; } = "";
    public string Action { get; init; } = "";
    public string? Detail { get; init; }
    public string? Remote { get; init; }
    public int Total { get; init; }
}

/// <summary>审计: the audit log, newest first, optionally one action (rows only for an unscoped user).</summary>
public sealed class AuditListQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<Paged<AuditRow>> RunAsync(string? action, PageRequest page, CancellationToken cancellationToken = default)
    {
        return await database.PageAsync<AuditRow>(scope, "audit_list", p => new
        {
            action = UnitListQuery.NullIfBlank(action), pageSize = p.PageSize, offset = p.Offset,
        }, r => r.Total, page, cancellationToken).ConfigureAwait(false);
    }
}
