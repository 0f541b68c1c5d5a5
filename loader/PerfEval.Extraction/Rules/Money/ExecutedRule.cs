using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Sets Executed from the statements of executed (全年执行数, 实际支出).</summary>
public sealed class ExecutedRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (StatementPicker.Pick(context.Report.Statements, Quantities.Executed) is not { } stated)
        {
            return;
        }
        context.Report = context.Report with { Executed = stated.Value };
        context.SetEvidence("executed", stated.Evidence.Offset, stated.Evidence.Quote);
    }
}
