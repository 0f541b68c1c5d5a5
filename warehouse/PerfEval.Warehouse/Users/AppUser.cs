namespace PerfEval.Warehouse.Users;

/// <summary>A dashboard user: name, role and, for a 单位用户, the region code whose subtree it sees.</summary>
public sealed record AppUser
{
    public string UserName { get; init; } = "";
    public string Role { get; init; } = "";
    public string? RegionCode { get; init; }
    public string CreatedAt { get; init; } = "";

    /// <summary>
    /// Changes whenever the password, role or region does (and differs for a name removed and added again): a
    /// sign-in cookie carries it, so one issued before the change stops working.
    /// </summary>
    public string SessionStamp { get; init; } = "";
}

public enum SignInStatus
{
    Succeeded,
    Failed,
    Locked,
}

/// <summary>The outcome of a sign-in: the user on success; the lock's end when locked (now, or already).</summary>
public sealed record SignInResult(SignInStatus Status, AppUser? User = null, DateTimeOffset? LockedUntil = null);
