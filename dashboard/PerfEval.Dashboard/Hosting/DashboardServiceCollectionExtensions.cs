using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Configuration;
using PerfEval.Dashboard.Briefing;
using PerfEval.Warehouse;

namespace PerfEval.Dashboard.Hosting;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>Razor components (static server rendering), the warehouse under the data folder and its query classes.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var data = DashboardDataFolder.From(configuration);
        services.AddSingleton(data);
        if (!services.Any(d => d.ServiceType == typeof(WarehouseDatabase)))
        {
            services.AddWarehouse(data.Path);
        }
        services.AddRazorComponents();
        // Chinese text goes out as UTF-8, not as &#x...; entities (a third of the page size); markup is still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery();
        services.AddSingleton<Exports.ExportTables>();
        services.AddBriefing();
        return services;
    }
}
