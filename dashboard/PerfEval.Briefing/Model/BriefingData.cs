namespace PerfEval.Briefing.Model;

/// <summary>
/// Everything a 年度绩效自评情况分析简报 says, gathered from the warehouse for one region, year and kind.
/// Money in 万元, rates in percent; a value absent for a year is null.
/// </summary>
public sealed record BriefingData
{
    public required string RegionName { get; init; }
    public required int Year { get; init; }
    public int PreviousYear => Year - 1;
    public required string KindName { get; init; }
    public required DateOnly GeneratedOn { get; init; }

    public required YearPair<int> UnitsReported { get; init; }
    public required YearPair<decimal?> BudgetTotal { get; init; }
    public required YearPair<decimal?> ExecutedTotal { get; init; }

    /// <summary>Σ executed ÷ Σ budget over the units that state both, in percent.</summary>
    public required YearPair<decimal?> WeightedExecutionRate { get; init; }

    public required YearPair<decimal?> MedianScore { get; init; }

    /// <summary>Reports per grade band (优, 良, 中, 差, 未评分), by the stated score.</summary>
    public required IReadOnlyList<GradeCount> Grades { get; init; }

    /// <summary>Units of the year with an execution rate, lowest first; at most a page's worth for the chart.</summary>
    public required IReadOnlyList<UnitRate> ExecutionByUnit { get; init; }

    /// <summary>How many units have an execution rate; more than <see cref="ExecutionByUnit"/> holds when it was cut.</summary>
    public int UnitsWithRate { get; init; }

    public required IReadOnlyList<LowExecutionUnit> LowExecution { get; init; }
    public required IReadOnlyList<InflatedScoreUnit> InflatedScores { get; init; }
    public required IReadOnlyList<CategoryShare> Categories { get; init; }
    public required IReadOnlyList<ProblemTheme> Problems { get; init; }
    public required IReadOnlyList<AppendixRow> Appendix { get; init; }

    /// <summary>Threshold below which execution is called low (percent), as configured for the checks.</summary>
    public decimal LowExecutionThreshold { get; init; } = 85m;
}

/// <summary>A figure for the briefing's year and the year before.</summary>
public sealed record YearPair<T>(T Current, T Previous);

public sealed record GradeCount(string Grade, int Current, int Previous);

public sealed record UnitRate(string UnitName, decimal Rate);

public sealed record LowExecutionUnit(string UnitName, decimal? Budget, decimal? Executed, decimal Rate, decimal? ScoreReported, string? Evidence);

public sealed record InflatedScoreUnit(string UnitName, decimal ScoreReported, decimal? ScoreRecomputed, decimal? ExecutionRate, string Reasons, string? Evidence);

public sealed record CategoryShare(string Category, decimal Current, decimal Previous)
{
    public decimal ShareCurrent(decimal total) => total == 0 ? 0 : Current / total * 100m;

    public decimal SharePrevious(decimal total) => total == 0 ? 0 : Previous / total * 100m;
}

/// <summary>A kind of problem the reports name, how many reports name it and a few quotes.</summary>
public sealed record ProblemTheme(string Theme, int Reports, IReadOnlyList<ProblemQuote> Quotes);

public sealed record ProblemQuote(string UnitName, string Quote);

public sealed record AppendixRow(
    string UnitName,
    decimal? BudgetPrevious,
    decimal? BudgetCurrent,
    decimal? ExecutedPrevious,
    decimal? ExecutedCurrent,
    decimal? RatePrevious,
    decimal? RateCurrent,
    decimal? ScorePrevious,
    decimal? ScoreCurrent);
