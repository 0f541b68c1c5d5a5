namespace PerfEval.Warehouse.Users;

/// <summary>How many failed sign-ins for one user name lock it, and for how long.</summary>
public sealed record LoginThrottle(int MaxFailures = 5, int LockMinutes = 15)
{
    public TimeSpan LockDuration => TimeSpan.FromMinutes(LockMinutes);
}
