namespace PerfEval.Generator.Planning;

/// <summary>A planted anomaly. Its rule ids are what a correct check must raise on the report.</summary>
public enum Anomaly
{
    None,

    /// <summary>The stated total exceeds the sum of the indicator rows.</summary>
    ScoreSumMismatch,

    /// <summary>A quantitative target missed, yet the row gets full points and no deviation note.</summary>
    FullMarksUnmet,

    /// <summary>Execution between 70% and 90% while the indicator points are all claimed (grade 优).</summary>
    ScoreOutrunsSpending,

    /// <summary>An amount in 万元 written with 元 (the parts then add up only when read as 万元).</summary>
    UnitMislabel,

    /// <summary>The narrative states a different executed total from the table.</summary>
    TotalsDisagree,

    /// <summary>Execution between 55% and 78%, scored honestly.</summary>
    LowExecution,

    /// <summary>The adjusted budget from just above the configured ratio (2 ×) up to 4.8 × the initial one.</summary>
    LargeBudgetAdjustment,
}

public static class AnomalyRules
{
    public const decimal LowExecutionBelow = 80m;

    public static string RuleId(this Anomaly anomaly) => anomaly switch
    {
        Anomaly.ScoreSumMismatch => "score_sum_mismatch",
        Anomaly.FullMarksUnmet => "full_marks_unmet",
        Anomaly.ScoreOutrunsSpending => "score_outruns_spending",
        Anomaly.UnitMislabel => "unit_mislabel",
        Anomaly.TotalsDisagree => "totals_disagree",
        Anomaly.LowExecution => "low_execution",
        Anomaly.LargeBudgetAdjustment => "large_budget_adjustment",
        _ => "",
    };

    /// <summary>Which anomalies a layout can state (it needs the figures the anomaly lives in).</summary>
    public static IReadOnlyList<Anomaly> SupportedBy(Layout layout, string kind) => layout switch
    {
        Layout.KeyEvaluation => [Anomaly.ScoreOutrunsSpending, Anomaly.LowExecution, Anomaly.LargeBudgetAdjustment],
        Layout.WebCopy => [Anomaly.LowExecution, Anomaly.LargeBudgetAdjustment],
        Layout.ProjectLineItems => [Anomaly.UnitMislabel, Anomaly.LowExecution, Anomaly.LargeBudgetAdjustment],
        Layout.NarrativeScoring =>
        [
            Anomaly.ScoreSumMismatch, Anomaly.FullMarksUnmet, Anomaly.ScoreOutrunsSpending, Anomaly.UnitMislabel,
            Anomaly.LowExecution, Anomaly.LargeBudgetAdjustment,
        ],
        _ =>
        [
            Anomaly.ScoreSumMismatch, Anomaly.FullMarksUnmet, Anomaly.ScoreOutrunsSpending, Anomaly.UnitMislabel,
            Anomaly.TotalsDisagree, Anomaly.LowExecution, Anomaly.LargeBudgetAdjustment,
        ],
    };
}
