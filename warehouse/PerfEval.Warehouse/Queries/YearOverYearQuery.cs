namespace PerfEval.Warehouse.Queries;

/// <summary>One unit's figures in two years (not sealed: the paged comparison reads its rows with their section).</summary>
public record UnitYearPair
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public bool InA { get; init; }
    public bool InB { get; init; }
    public decimal? BudgetA { get; init; }
    public decimal? BudgetB { get; init; }
    public decimal? ExecutedA { get; init; }
    public decimal? ExecutedB { get; init; }
    public double? RateA { get; init; }
    public double? RateB { get; init; }
    public double? ScoreA { get; init; }
    public double? ScoreB { get; init; }

    /// <summary>Change in execution rate, percentage points (B − A).</summary>
    public double? RateChange => RateB - RateA;
    public double? ScoreChange => ScoreB - ScoreA;
    public decimal? BudgetChange => BudgetB - BudgetA;
}

/// <summary>对比: two years side by side per unit; units in only one year have InA or InB false.</summary>
public sealed class YearOverYearQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<UnitYearPair>> RunAsync(int yearA, int yearB, ReportFilter filter, CancellationToken cancellationToken = default) =>
        database.ListAsync<UnitYearPair>(scope, 
            "year_over_year", new { yearA, yearB, region = filter.Region, kind = filter.Kind }, cancellationToken);
}
