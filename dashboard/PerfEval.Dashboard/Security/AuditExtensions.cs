using PerfEval.Warehouse.Audit;

namespace PerfEval.Dashboard.Security;

internal static class AuditExtensions
{
    /// <summary>Records what the request's user did; an audit failure must not hide the action's own outcome.</summary>
    public static async Task AuditAsync(this HttpContext context, string action, string? detail, string? userName = null)
    {
        var log = context.RequestServices.GetRequiredService<AuditLog>();
        try
        {
            await log.WriteAsync(new AuditEntry(userName ?? UserClaims.NameOf(context.User), action, detail, context.Connection.RemoteIpAddress?.ToString()),
                CancellationToken.None);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PerfEval.Audit")
                .LogError(e, "Audit row not written: {Action} {Detail}", action, detail);
        }
    }
}
