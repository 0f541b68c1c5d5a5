namespace PerfEval.Generator.Planning;

/// <summary>
/// The true figures of one report, before any layout writes them. Amounts in 万元 (2 decimals), rates in percent.
/// A layout states some of them; the ground truth is what it stated.
/// </summary>
public sealed record ReportFacts
{
    public required int Index { get; init; }
    public required int Year { get; init; }
    public required string Kind { get; init; }
    public required Layout Layout { get; init; }
    public required string Format { get; init; }
    public required Anomaly Anomaly { get; init; }

    /// <summary>The unit the report is about (for a key evaluation, the evaluated street).</summary>
    public required Unit Unit { get; init; }

    /// <summary>The department that evaluated, for a key evaluation.</summary>
    public string? Evaluator { get; init; }

    public string? ProjectName { get; init; }
    public string? ProjectCategory { get; init; }

    public required decimal BudgetInitial { get; init; }
    public required decimal BudgetAdjusted { get; init; }
    public required decimal Executed { get; init; }

    /// <summary>Executed ÷ adjusted in percent, 2 decimals, as reports state it.</summary>
    public decimal ExecutionRate => BudgetAdjusted == 0 ? 0 : Math.Round(Executed / BudgetAdjusted * 100m, 2, MidpointRounding.AwayFromZero);

    public decimal BasicSpending { get; init; }
    public decimal ProjectSpending { get; init; }

    /// <summary>Adjusted budget by source: 一般公共预算, 政府性基金, 上年结转.</summary>
    public decimal GeneralBudget { get; init; }
    public decimal GovernmentFund { get; init; }
    public decimal CarryOver { get; init; }

    public IReadOnlyList<IndicatorFact> Indicators { get; init; } = [];

    /// <summary>The 预算执行率 row: 10 points × execution share, capped at 10.</summary>
    public decimal ExecutionWeight { get; init; } = 10m;

    public decimal ExecutionPoints => Math.Round(Math.Min(ExecutionRate, 100m) / 10m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Sum of all rows (execution row included).</summary>
    public decimal RowSum => ExecutionPoints + Indicators.Sum(i => i.Points);

    /// <summary>The total the report states (differs from <see cref="RowSum"/> only for score_sum_mismatch).</summary>
    public required decimal ScoreStated { get; init; }

    public string Grade => GradeOf(ScoreStated);

    public int StaffPosts { get; init; }
    public int StaffServing { get; init; }

    /// <summary>Portfolio of the unit's projects (spending lines are drawn from it).</summary>
    public IReadOnlyList<string> Portfolio { get; init; } = [];

    public static string GradeOf(decimal score) => score switch
    {
        >= 90m => "优",
        >= 80m => "良",
        >= 60m => "中",
        _ => "差",
    };
}
