using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Warehouse.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>Registers every dashboard query class (stateless; each call opens its own connection).</summary>
    public static IServiceCollection AddWarehouseQueries(this IServiceCollection services)
    {
        foreach (var type in typeof(QueryServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t.Namespace == typeof(ReportFilter).Namespace && t.IsPublic && !t.IsAbstract && t.Name.EndsWith("Query", StringComparison.Ordinal)))
        {
            services.AddSingleton(type);
        }
        return services;
    }
}
