using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Warehouse.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>
    /// Registers every dashboard query class, scoped: each takes the request's <see cref="RegionScope"/>, which the
    /// host registers (the dashboard resolves it from the signed-in user's claims).
    /// </summary>
    public static IServiceCollection AddWarehouseQueries(this IServiceCollection services)
    {
        foreach (var type in typeof(QueryServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t.Namespace == typeof(ReportFilter).Namespace && t.IsPublic && !t.IsAbstract && t.Name.EndsWith("Query", StringComparison.Ordinal)))
        {
            services.AddScoped(type);
        }
        return services;
    }
}
