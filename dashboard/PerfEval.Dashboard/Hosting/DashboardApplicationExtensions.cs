using Microsoft.Extensions.FileProviders;
using PerfEval.Dashboard.Components;
using PerfEval.Dashboard.Exports;
using PerfEval.Dashboard.Security;

namespace PerfEval.Dashboard.Hosting;

public static class DashboardApplicationExtensions
{
    /// <summary>
    /// Static files (site.css, site.js, ECharts) from the output's wwwroot, then sign-in: everything below needs a
    /// signed-in user except /login, its POST and /healthz. The original-file download, the exports and the pages.
    /// </summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        }
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAccountEndpoints();
        app.MapGet("/reports/{documentId}/original", OriginalFileEndpoint.HandleAsync);
        app.MapGet("/export/{table}.{format}", ExportEndpoint.HandleAsync);
        app.MapGet("/briefing.docx", Briefing.BriefingEndpoint.HandleAsync);
        // The whole warehouse, every region: for 管理员 and 分析员 only.
        app.MapGet(ParquetEndpoint.Path, ParquetEndpoint.HandleAsync).RequireAuthorization(Policies.ReadEverything);
        app.MapRazorComponents<App>();
        return app;
    }
}
