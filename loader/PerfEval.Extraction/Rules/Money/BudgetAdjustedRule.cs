using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Sets BudgetAdjusted from the statements of budget_adjusted (全年预算, 调整后预算).</summary>
public sealed class BudgetAdjustedRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (StatementPicker.Pick(context.Report.Statements, Quantities.BudgetAdjusted) is not { } stated)
        {
            return;
        }
        context.Report = context.Report with { BudgetAdjusted = stated.Value };
        context.SetEvidence("budgetAdjusted", stated.Evidence.Offset, stated.Evidence.Quote);
    }
}
