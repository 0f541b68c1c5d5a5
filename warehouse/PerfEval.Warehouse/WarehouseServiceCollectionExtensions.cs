using Microsoft.Extensions.DependencyInjection;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>Registers the warehouse file under <paramref name="dataFolder"/> and its query classes.</summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, string dataFolder, string databasePath = "warehouse.duckdb")
    {
        services.AddSingleton(new WarehouseDatabase(Path.Combine(dataFolder, databasePath)));
        services.AddWarehouseQueries();
        return services;
    }
}
