using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets BasicSpending and ProjectSpending (基本支出 / 项目支出) for the whole budget; the split of general-budget
/// appropriations alone is taken only when no whole-budget split is stated.
/// </summary>
public sealed class SpendingSplitRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var statements = context.Report.Statements;
        if (StatementPicker.Pick(statements, Quantities.BasicSpending, Quantities.GeneralBudgetBasicSpending) is { } basic)
        {
            context.Report = context.Report with { BasicSpending = basic.Value };
            context.SetEvidence("basicSpending", basic.Evidence.Offset, basic.Evidence.Quote);
        }
        if (StatementPicker.Pick(statements, Quantities.ProjectSpending, Quantities.GeneralBudgetProjectSpending) is { } project)
        {
            context.Report = context.Report with { ProjectSpending = project.Value };
            context.SetEvidence("projectSpending", project.Evidence.Offset, project.Evidence.Quote);
        }
    }
}
