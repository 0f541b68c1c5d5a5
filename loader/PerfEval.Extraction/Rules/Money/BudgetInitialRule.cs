using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Sets BudgetInitial from the statements of budget_initial (年初预算).</summary>
public sealed class BudgetInitialRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (StatementPicker.Pick(context.Report.Statements, Quantities.BudgetInitial) is not { } stated)
        {
            return;
        }
        context.Report = context.Report with { BudgetInitial = stated.Value };
        context.SetEvidence("budgetInitial", stated.Evidence.Offset, stated.Evidence.Quote);
    }
}
