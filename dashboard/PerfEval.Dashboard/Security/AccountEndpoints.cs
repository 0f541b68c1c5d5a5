using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Warehouse.Audit;
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Security;

/// <summary>
/// POST /account/login (anonymous; the form binding validates the antiforgery token) and POST /account/logout.
/// A failed sign-in goes back to /login with a code the page turns into its message.
/// </summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous();
        app.MapPost("/account/logout", LogoutAsync);
        return app;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, HttpContext context, UserStore users)
    {
        var name = (userName ?? "").Trim();
        if (name.Length is 0 or > 64 || string.IsNullOrEmpty(password))
        {
            return Results.Redirect(LoginUrl("failed", name, returnUrl));
        }
        var result = await users.SignInAsync(name, password);
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, UserClaims.Principal(result.User!));
                await context.AuditAsync(AuditActions.Login, result.User!.Role, result.User.UserName);
                return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
            case SignInStatus.Locked:
                await context.AuditAsync(AuditActions.LoginLocked, $"锁定至 {result.LockedUntil:O}", name);
                return Results.Redirect(LoginUrl("locked", name, returnUrl));
            default:
                await context.AuditAsync(AuditActions.LoginFailed, null, name);
                return Results.Redirect(LoginUrl("failed", name, returnUrl));
        }
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        // No form field is bound here, so the token is checked by hand.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest("表单已失效，请刷新页面后重试。");
        }
        await context.AuditAsync(AuditActions.Logout, null);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/login");
    }

    private static string LoginUrl(string error, string name, string? returnUrl) =>
        $"/login?error={error}&name={Uri.EscapeDataString(name)}" + (IsLocal(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl!) : "");

    /// <summary>Only paths of this site: "/x", not "//host" or "/\host" (an open redirect).</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
