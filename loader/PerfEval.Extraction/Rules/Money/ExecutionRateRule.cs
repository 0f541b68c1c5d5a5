using System.Text.RegularExpressions;
using PerfEval.Extraction.Normalization;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets ExecutionRate to the rate the report states: the 执行率 column of the 自评表, else "预算执行率70.00%" in the
/// text. Kept as written (105% stays 105): checks flag over-execution and disagreement with the computed rate.
/// </summary>
public sealed partial class ExecutionRateRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var facts = MoneyFacts.Of(context.Text, context.Report.FiscalYear);
        var table = facts.BudgetTables.Rates;
        if (table.Count > 0)
        {
            context.Report = context.Report with { ExecutionRate = table[0].Value };
            context.SetEvidence("executionRate", table[0].Evidence.Offset, table[0].Evidence.Quote);
            return;
        }
        var text = context.Text.Text;
        var compact = facts.Compact;
        foreach (Match m in StatedRate().Matches(NumberText.ToHalfWidth(compact.Text)))
        {
            var start = compact.ToOriginal(m.Index);
            if (facts.Tables.Contains(start) || !NumberText.TryParse(m.Groups["num"].Value, out var rate))
            {
                continue;
            }
            context.Report = context.Report with { ExecutionRate = rate };
            context.SetEvidence("executionRate", start, text[start..compact.ToOriginalEnd(m.Index + m.Length)]);
            return;
        }
    }

    // "预算执行率70.00%", "执行率为100%", "资金执行率达到98.5%"; not "执行率（10分）" nor a target "≥95%".
    [GeneratedRegex(@"执行率\s*(?:为|是|达到|达|约为)?\s*[:：]?\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*%")]
    private static partial Regex StatedRate();
}
