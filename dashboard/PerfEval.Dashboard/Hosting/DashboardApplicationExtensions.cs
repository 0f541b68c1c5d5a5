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
        app.MapGet("/reports/{documentId}/original", OriginalFileEndpoint.Handle);
        app.MapGet("/export/{table}.{format}", ExportEndpoint.HandleAsync);
        app.MapRazorComponents<App>();
        return app;
    }
}
