using Microsoft.Extensions.Configuration;
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
        services.AddAntiforgery();
        return services;
    }
}
