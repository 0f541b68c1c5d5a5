namespace PerfEval.Warehouse.Users;

/// <summary>
/// The three roles: 管理员 may do everything (uploads, scans, reloads, the audit log); 分析员 reads and exports
/// everything; 单位用户 reads and exports its own region subtree only.
/// </summary>
public static class Roles
{
    public const string Administrator = "管理员";
    public const string Analyst = "分析员";
    public const string UnitUser = "单位用户";

    public static IReadOnlyList<string> All { get; } = [Administrator, Analyst, UnitUser];
}
