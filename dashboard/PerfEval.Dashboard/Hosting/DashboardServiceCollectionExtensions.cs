using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Configuration;
using PerfEval.Dashboard.Briefing;
using PerfEval.Dashboard.Security;
using PerfEval.Warehouse;

namespace PerfEval.Dashboard.Hosting;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Razor components (static server rendering), the warehouse under the data folder and its query classes, and
    /// sign-in against the users of the data folder.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var data = DashboardDataFolder.From(configuration);
        services.AddSingleton(data);
        if (!services.Any(d => d.ServiceType == typeof(WarehouseDatabase)))
        {
            services.AddWarehouse(data.Path);
        }
        services.AddHostedService<WarehouseKeepAlive>();
        services.AddRazorComponents();
        // Chinese text goes out as UTF-8, not as &#x...; entities (a third of the page size); markup is still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery();
        services.AddDashboardSecurity(data.Path);
        // Scoped: its query classes carry the request's region scope.
        services.AddScoped<Exports.ExportTables>();
        services.AddBriefing();
        return services;
    }
}
