using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets Funding: where the money came from (本年财政拨款, 上年结转, 其他资金, 一般公共预算, 政府性基金, 纳入专户管理的非税收入),
/// one entry per source as stated, a table's figure before the narrative's.
/// </summary>
public sealed class FundingSourcesRule : IExtractionRule
{
    private static readonly (string Name, string[] Quantities)[] Sources =
    [
        ("本年财政拨款", [Quantities.FundingCurrentYear]),
        ("上年结转", [Quantities.FundingCarryover]),
        ("其他资金", [Quantities.FundingOther]),
        ("一般公共预算", [Quantities.GeneralBudgetIncome]),
        ("政府性基金", [Quantities.GovernmentFundIncome]),
        ("纳入专户管理的非税收入", [Quantities.FundingNonTax]),
    ];

    public void Apply(ExtractionContext context)
    {
        var funding = new List<FundingSource>();
        foreach (var (name, quantities) in Sources)
        {
            if (StatementPicker.Pick(context.Report.Statements, quantities) is { } stated)
            {
                funding.Add(new FundingSource(name, stated.Value, stated.Evidence));
            }
        }
        if (funding.Count == 0)
        {
            return;
        }
        context.Report = context.Report with { Funding = funding };
        context.SetEvidence("funding", funding[0].Evidence.Offset, funding[0].Evidence.Quote);
    }
}
