using Microsoft.Extensions.FileProviders;
using PerfEval.Dashboard.Components;
using PerfEval.Dashboard.Exports;

namespace PerfEval.Dashboard.Hosting;

public static class DashboardApplicationExtensions
{
    /// <summary>Static files (site.css, site.js, ECharts) from the output's wwwroot, the original-file download and the pages.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) });
        }
        app.UseAntiforgery();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/reports/{documentId}/original", OriginalFileEndpoint.Handle);
        app.MapGet("/export/{table}.{format}", ExportEndpoint.HandleAsync);
        app.MapGet("/briefing.docx", Briefing.BriefingEndpoint.HandleAsync);
        // The whole warehouse: for 管理员 and 分析员 only, once roles exist.
        app.MapGet(ParquetEndpoint.Path, ParquetEndpoint.Handle);
        app.MapRazorComponents<App>();
        return app;
    }
}
