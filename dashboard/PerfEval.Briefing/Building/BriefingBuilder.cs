using PerfEval.Briefing.Model;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Building;

/// <summary>
/// Fills <see cref="BriefingData"/> from the warehouse for a year, region and kind, against the year before, with
/// the dashboard's query classes. Rates and scores the queries give as double become decimal here, once.
/// </summary>
public sealed class BriefingBuilder(
    OverviewKpisQuery overview,
    BriefingGradesQuery grades,
    BriefingLowExecutionQuery lowExecution,
    BriefingInflatedScoresQuery inflatedScores,
    CategoryMixChangeQuery categories,
    BriefingProblemsQuery problems,
    YearOverYearQuery appendix,
    BriefingHeadingQuery heading)
{
    /// <summary>More units than this make the execution chart taller than a page: it then shows the lowest rates.</summary>
    public const int ChartUnits = 25;
    public const int ProblemThemesShown = 5;

    public ProblemThemes Themes { get; init; } = ProblemThemes.Default;

    /// <summary>The checks' low_execution threshold (checks.json lowExecutionBelow), for the sentences.</summary>
    public decimal LowExecutionThreshold { get; init; } = 85m;

    public async Task<BriefingData> BuildAsync(int year, ReportFilter filter, DateOnly generatedOn, CancellationToken ct = default)
    {
        filter = filter with { Year = year };
        var kpis = await overview.RunAsync(filter, ct).ConfigureAwait(false);
        var names = await heading.RunAsync(filter, ct).ConfigureAwait(false);
        var units = await appendix.RunAsync(year - 1, year, filter, ct).ConfigureAwait(false);
        var rated = units.Where(u => u.RateB is not null).Select(u => new UnitRate(u.UnitName, ToDecimal(u.RateB)!.Value)).ToList();
        return new BriefingData
        {
            RegionName = names.RegionName ?? (filter.Region is null ? "全部地区" : filter.Region),
            Year = year,
            KindName = names.KindName ?? "",
            GeneratedOn = generatedOn,
            UnitsReported = new(kpis.Current?.Units ?? 0, kpis.Previous?.Units ?? 0),
            BudgetTotal = new(kpis.Current?.Budget, kpis.Previous?.Budget),
            ExecutedTotal = new(kpis.Current?.Executed, kpis.Previous?.Executed),
            WeightedExecutionRate = new(ToDecimal(kpis.Current?.WeightedRate), ToDecimal(kpis.Previous?.WeightedRate)),
            MedianScore = new(ToDecimal(kpis.Current?.MedianScore), ToDecimal(kpis.Previous?.MedianScore)),
            Grades = [.. (await grades.RunAsync(year, filter, ct).ConfigureAwait(false)).Select(g => new GradeCount(g.Grade, g.Current, g.Previous))],
            ExecutionByUnit = [.. rated.OrderBy(u => u.Rate).ThenBy(u => u.UnitName, StringComparer.Ordinal).Take(ChartUnits)],
            UnitsWithRate = rated.Count,
            LowExecution = [.. (await lowExecution.RunAsync(year, filter, ct).ConfigureAwait(false))
                .Where(r => r.Rate is not null)
                .Select(r => new LowExecutionUnit(Named(r.UnitName, r.ProjectName), r.Budget, r.Executed, r.Rate!.Value, r.ScoreReported, r.Evidence))],
            InflatedScores = [.. (await inflatedScores.RunAsync(year, filter, ct).ConfigureAwait(false))
                .Select(r => new InflatedScoreUnit(Named(r.UnitName, r.ProjectName), r.ScoreReported, r.ScoreRecomputed, r.ExecutionRate, r.Reasons, r.Evidence))],
            Categories = [.. (await categories.RunAsync(year - 1, year, filter, ct).ConfigureAwait(false))
                .Select(c => new CategoryShare(c.Category, c.AmountB ?? 0m, c.AmountA ?? 0m))],
            Problems = Themes.Group(await problems.RunAsync(year, filter, ct).ConfigureAwait(false), ProblemThemesShown),
            Appendix = [.. units.Select(u => new AppendixRow(
                u.UnitName, u.BudgetA, u.BudgetB, u.ExecutedA, u.ExecutedB, ToDecimal(u.RateA), ToDecimal(u.RateB), ToDecimal(u.ScoreA), ToDecimal(u.ScoreB)))],
            LowExecutionThreshold = LowExecutionThreshold,
        };
    }

    /// <summary>A project report is named by its unit and project, as a unit may report several projects.</summary>
    private static string Named(string unit, string? project) => string.IsNullOrWhiteSpace(project) ? unit : $"{unit}（{project}）";

    // Rounded to 4 places as the warehouse stores rates; a double's binary tail would show in "较上年下降…个百分点".
    private static decimal? ToDecimal(double? value) => value is { } v ? Math.Round((decimal)v, 4) : null;
}
