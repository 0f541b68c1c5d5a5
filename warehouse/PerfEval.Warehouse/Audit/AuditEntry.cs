namespace PerfEval.Warehouse.Audit;

/// <summary>The actions the audit log records (the CHECK of sql/schema/004_audit.sql lists the same).</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login_failed";
    public const string LoginLocked = "login_locked";
    public const string Logout = "logout";
    public const string Upload = "upload";
    public const string Export = "export";
    public const string Scan = "scan";
    public const string Reload = "reload";
}

/// <summary>One thing a user did: who, what, a short detail (file names, the exported table and its query) and from where.</summary>
public sealed record AuditEntry(string UserName, string Action, string? Detail = null, string? Remote = null);
