using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Security;

/// <summary>
/// Checks each request's sign-in cookie against the user store, so removing a user or resetting a password (with
/// the CLI, another process) ends that user's sessions at their next request, not when the cookie expires.
/// </summary>
internal static class SessionValidation
{
    public static async Task RejectOutdatedAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(UserClaims.StampClaim)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        if (name is not null && stamp is not null && await users.FindAsync(name) is { } user && user.SessionStamp == stamp)
        {
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
