using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>The adjusted budget is at least the configured multiple of the initial one (or at most its inverse).</summary>
public sealed class LargeBudgetAdjustmentCheck : ICheck
{
    public string Id => "large_budget_adjustment";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.BudgetInitial is not > 0m || report.BudgetAdjusted is not { } adjusted || config.LargeAdjustmentRatio <= 1m)
        {
            yield break;
        }
        var initial = report.BudgetInitial.Value;
        // A budget of 0.0…01 元 against a real one puts the ratio beyond decimal: that is the largest adjustment there is.
        var ratio = initial >= 1m || adjusted / decimal.MaxValue < initial ? adjusted / initial : decimal.MaxValue;
        if (ratio >= config.LargeAdjustmentRatio || ratio <= 1m / config.LargeAdjustmentRatio)
        {
            yield return new Flag(Id, Severity,
                $"全年预算{ReportFacts.Format(adjusted)}是年初预算{ReportFacts.Format(initial)}的{ratio:0.0}倍 (adjusted budget ×{ratio:0.0} the initial one)",
                ReportFacts.Quotes(report, EvidenceKeys.BudgetInitial, EvidenceKeys.BudgetAdjusted));
        }
    }
}
