using Microsoft.Extensions.DependencyInjection.Extensions;
using PerfEval.Briefing.Building;
using PerfEval.Extraction.Checks;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Briefing;

public static class BriefingServiceCollectionExtensions
{
    /// <summary>The briefing builder over the query classes (registered by AddWarehouse, scoped to the signed-in user's regions); low execution as the checks define it.</summary>
    public static IServiceCollection AddBriefing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped(sp => new BriefingBuilder(
            sp.GetRequiredService<OverviewKpisQuery>(), sp.GetRequiredService<BriefingGradesQuery>(),
            sp.GetRequiredService<BriefingLowExecutionQuery>(), sp.GetRequiredService<BriefingInflatedScoresQuery>(),
            sp.GetRequiredService<CategoryMixChangeQuery>(), sp.GetRequiredService<BriefingProblemsQuery>(),
            sp.GetRequiredService<YearOverYearQuery>(), sp.GetRequiredService<BriefingHeadingQuery>())
        {
            LowExecutionThreshold = CheckConfiguration.Default.LowExecutionBelow,
        });
        return services;
    }
}
