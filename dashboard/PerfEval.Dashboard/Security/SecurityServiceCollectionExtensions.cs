using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using PerfEval.Warehouse.Audit;
using PerfEval.Warehouse.Queries;
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Cookie sign-in against the user store in the data folder; every endpoint requires a signed-in user unless it
    /// allows anonymous access; the query classes' <see cref="RegionScope"/> comes from the request's user.
    /// </summary>
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, string dataFolder)
    {
        services.AddSingleton(UserStore.InDataFolder(dataFolder));
        services.AddSingleton<AuditLog>();
        services.AddHostedService<FirstAdministrator>();
        // Keys beside the data, so sign-in cookies and form tokens survive a restart.
        services.AddDataProtection()
            .SetApplicationName("PerfEval")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/account/logout";
                o.Cookie.Name = "perfeval.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionValidation.RejectOutdatedAsync;
                // A signed-in user without the role gets 403, not a redirect to a page that does not exist.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    return context.Response.WriteAsync("403 无权访问：此操作仅限管理员。");
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadEverything, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Analyst));
        services.AddHttpContextAccessor();
        services.AddScoped(sp => UserClaims.ScopeOf(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User));
        return services;
    }
}
