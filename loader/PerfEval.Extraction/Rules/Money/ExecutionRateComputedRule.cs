using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets ExecutionRateComputed = executed ÷ adjusted budget (the initial one when no adjusted budget is stated) × 100,
/// rounded to 2 places. Null when either figure is missing or the budget is zero.
/// </summary>
public sealed class ExecutionRateComputedRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var report = context.Report;
        var budget = report.BudgetAdjusted ?? report.BudgetInitial;
        if (report.Executed is not { } executed || budget is not { } denominator)
        {
            return;
        }
        if (denominator == 0)
        {
            context.AddIssue("budget_zero", "The budget is stated as zero; the execution rate cannot be computed.");
            return;
        }
        decimal rate;
        try
        {
            rate = decimal.Round(executed / denominator * 100m, 2, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            context.AddIssue(Limits.StorableRangeRule.IssueCode, $"executed {executed} ÷ budget {denominator} is beyond any rate; left null.");
            return;
        }
        context.Report = report with { ExecutionRateComputed = rate };
        if (context.Evidence.TryGetValue("executed", out var where))
        {
            var basis = report.BudgetAdjusted is not null ? "budgetAdjusted" : "budgetInitial";
            context.SetEvidence("executionRateComputed", where.Offset, $"executed {executed} ÷ {basis} {denominator}");
        }
    }
}
