using System.Globalization;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Limits;

/// <summary>
/// Runs last: a figure too large for its warehouse column (<see cref="StorableLimits"/>) is set to null and
/// reported as a value_out_of_range issue with its evidence, so a hostile or garbled report still loads.
/// </summary>
public sealed class StorableRangeRule : IExtractionRule
{
    public const string IssueCode = "value_out_of_range";

    public void Apply(ExtractionContext context)
    {
        var r = context.Report;
        context.Report = r with
        {
            BudgetInitial = Keep(context, "budgetInitial", r.BudgetInitial, StorableLimits.Money),
            BudgetAdjusted = Keep(context, "budgetAdjusted", r.BudgetAdjusted, StorableLimits.Money),
            Executed = Keep(context, "executed", r.Executed, StorableLimits.Money),
            BasicSpending = Keep(context, "basicSpending", r.BasicSpending, StorableLimits.Money),
            ProjectSpending = Keep(context, "projectSpending", r.ProjectSpending, StorableLimits.Money),
            ExecutionRate = Keep(context, "executionRate", r.ExecutionRate, StorableLimits.Rate),
            ExecutionRateComputed = Keep(context, "executionRateComputed", r.ExecutionRateComputed, StorableLimits.Rate),
            ScoreReported = Keep(context, "scoreReported", r.ScoreReported, StorableLimits.Score),
            Spending = [.. r.Spending.Select(line => StorableLimits.Fits(line.Amount, StorableLimits.Money)
                ? line
                : Dropped(context, $"spending “{line.Name}”", line.Amount!.Value, StorableLimits.Money, line.Evidence, line with { Amount = null }))],
            Indicators = [.. r.Indicators.Select(row => Indicator(context, row))],
        };
    }

    private static IndicatorRow Indicator(ExtractionContext context, IndicatorRow row)
    {
        if (!StorableLimits.Fits(row.Weight, StorableLimits.Score))
        {
            row = Dropped(context, $"weight of “{row.Name}”", row.Weight!.Value, StorableLimits.Score, row.Evidence, row with { Weight = null });
        }
        if (!StorableLimits.Fits(row.Points, StorableLimits.Score))
        {
            row = Dropped(context, $"points of “{row.Name}”", row.Points!.Value, StorableLimits.Score, row.Evidence, row with { Points = null });
        }
        return row;
    }

    private static decimal? Keep(ExtractionContext context, string field, decimal? value, decimal bound)
    {
        if (StorableLimits.Fits(value, bound))
        {
            return value;
        }
        var evidence = context.Evidence.GetValueOrDefault(field);
        context.RemoveEvidence(field);
        return Dropped<decimal?>(context, field, value!.Value, bound, evidence, null);
    }

    private static T Dropped<T>(ExtractionContext context, string what, decimal value, decimal bound, Evidence? evidence, T replacement)
    {
        context.AddIssue(IssueCode,
            $"{what} = {value.ToString(CultureInfo.InvariantCulture)} is beyond ±{bound.ToString(CultureInfo.InvariantCulture)} and was left null",
            evidence);
        return replacement;
    }
}
