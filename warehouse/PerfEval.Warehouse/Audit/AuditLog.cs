using Dapper;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Audit;

/// <summary>Appends rows to the warehouse's audit_log table.</summary>
public sealed class AuditLog(WarehouseDatabase database, TimeProvider clock)
{
    private const int MaxDetail = 2000;

    public AuditLog(WarehouseDatabase database) : this(database, TimeProvider.System)
    {
    }

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var detail = entry.Detail is { Length: > MaxDetail } d ? d[..MaxDetail] + "…" : entry.Detail;
        using var connection = database.Open();
        await connection.ExecuteAsync(new CommandDefinition(SqlScripts.Get("audit/insert_audit.sql"), new
        {
            at = clock.GetUtcNow().UtcDateTime,
            userName = entry.UserName,
            action = entry.Action,
            detail,
            remote = entry.Remote,
        }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
