using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using PerfEval.Warehouse.Queries;
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Security;

/// <summary>The cookie's claims of a signed-in user, and the region scope they grant.</summary>
public static class UserClaims
{
    public const string RegionClaim = "perfeval:region";
    public const string StampClaim = "perfeval:stamp";

    public static ClaimsPrincipal Principal(AppUser user)
    {
        List<Claim> claims = [new(ClaimTypes.Name, user.UserName), new(ClaimTypes.Role, user.Role), new(StampClaim, user.SessionStamp)];
        if (user.RegionCode is not null)
        {
            claims.Add(new Claim(RegionClaim, user.RegionCode));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>管理员 and 分析员 see everything, a 单位用户 its region subtree; anyone else (or a malformed claim) nothing.</summary>
    public static RegionScope ScopeOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return RegionScope.None;
        }
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Analyst))
        {
            return RegionScope.All;
        }
        var region = user.FindFirstValue(RegionClaim);
        return user.IsInRole(Roles.UnitUser) && RegionScope.IsRegionCode(region) ? RegionScope.Region(region!) : RegionScope.None;
    }

    public static string NameOf(ClaimsPrincipal? user) => user?.Identity?.Name ?? "anonymous";
}
