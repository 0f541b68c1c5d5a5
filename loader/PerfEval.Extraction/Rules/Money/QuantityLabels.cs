using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Names the quantity a label states ("全年（调整）预算" → budget_adjusted). The keyword that ends nearest the amount
/// wins, so "项目支出全年预算" is a budget and "实际项目支出数" is spending executed.
/// </summary>
internal static partial class QuantityLabels
{
    private const int MaxTail = 16;

    // Every keyword below holds one of these; a label without any names no key quantity.
    private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create("预执支收结拨资经计额");

    // Each pattern with words one of which any match contains: a cheap test before running the pattern.
    private static readonly (string Quantity, Regex Pattern, string[] Needs)[] Patterns =
    [
        (Quantities.BudgetAdjusted, AdjustedBudget(), ["预算"]),
        (Quantities.BudgetInitial, InitialBudget(), ["预算", "年初"]),
        (Quantities.Executed, Executed(), ["执行", "支出", "决算", "使用"]),
        (Quantities.GeneralBudgetIncome, GeneralBudgetIncome(), ["一般公共预算"]),
        (Quantities.GeneralBudgetSpending, GeneralBudgetSpending(), ["一般公共预算"]),
        (Quantities.GovernmentFundIncome, GovernmentFundIncome(), ["政府性基金"]),
        (Quantities.GovernmentFundSpending, GovernmentFundSpending(), ["政府性基金"]),
        (Quantities.FundingCarryover, Carryover(), ["上年"]),
        (Quantities.FundingCurrentYear, CurrentYear(), ["财政拨款"]),
        (Quantities.FundingOther, OtherFunds(), ["资金"]),
        (Quantities.FundingNonTax, NonTax(), ["非税"]),
        // A bare "一般公共预算：2673.41" (按收入性质分) is money received, as 一般公共预算拨款收入 is.
        (Quantities.GeneralBudgetIncome, GeneralBudgetFunds(), ["一般公共预算"]),
        (Quantities.GovernmentFundIncome, GovernmentFunds(), ["政府性基金"]),
        (Quantities.BasicSpending, BasicSpending(), ["基本支出"]),
        (Quantities.ProjectSpending, ProjectSpending(), ["项目支出"]),
        (Quantities.StaffSpending, StaffSpending(), ["人员", "工资"]),
        (Quantities.PublicSpending, PublicSpending(), ["公用", "商品和服务"]),
        (Quantities.SpendingTotal, Total(), ["计"]),
    ];

    /// <summary>The quantity named by the keyword ending nearest the end of <paramref name="label"/>, or null.</summary>
    public static string? Classify(string label)
    {
        if (label.AsSpan().IndexOfAny(KeyCharacters) < 0)
        {
            return null;
        }
        string? best = null;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var (quantity, pattern, needs) in Patterns)
        {
            if (!Array.Exists(needs, n => label.Contains(n, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (var m in pattern.EnumerateMatches(label))
            {
                var end = m.Index + m.Length;
                if (label.Length - end > MaxTail)
                {
                    continue;
                }
                if (end > bestEnd || (end == bestEnd && m.Length > bestLength))
                {
                    best = quantity;
                    bestEnd = end;
                    bestLength = m.Length;
                }
            }
        }
        return best;
    }

    /// <summary>Whether a label is a key quantity rather than the name of a spending line.</summary>
    public static bool IsKeyQuantity(string label) => Classify(label) is not null;

    [GeneratedRegex(@"调整后(?:的)?(?:全年)?预算(?:数|资金|金额)?|调整预算(?:数)?|全年[（(]调整[)）]预算(?:数)?|全年预算(?:数|资金|金额)?|预算调整(?:后|为)|调整后(?:的)?预算")]
    private static partial Regex AdjustedBudget();

    [GeneratedRegex(@"年初预算(?:数|资金|金额)?|年初批复(?:预算)?(?:数|资金)?|年初安排|预算安排|批复(?:的)?预算(?:资金|数)?|(?<!全年|调整后|追加|执行|决算)预算(?:资金|金额|数)")]
    private static partial Regex InitialBudget();

    [GeneratedRegex(@"全年执行(?:数)?|执行(?:数|金额)|实际支出(?:数|金额)?|实际\p{IsCJKUnifiedIdeographs}{0,6}支出(?:数|金额)?|共计支出|累计支出|共支出|支出合计|总支出|完成支出|决算数|实际使用(?:资金)?")]
    private static partial Regex Executed();

    [GeneratedRegex(@"一般公共预算(?:财政)?(?:拨款)?收入")]
    private static partial Regex GeneralBudgetIncome();

    [GeneratedRegex(@"一般公共预算(?:财政)?(?:拨款)?支出")]
    private static partial Regex GeneralBudgetSpending();

    [GeneratedRegex(@"政府性基金(?:预算)?(?:财政)?(?:拨款)?收入")]
    private static partial Regex GovernmentFundIncome();

    [GeneratedRegex(@"政府性基金(?:预算)?(?:财政)?(?:拨款)?支出")]
    private static partial Regex GovernmentFundSpending();

    [GeneratedRegex(@"上年结转(?:结余)?|上年结余")]
    private static partial Regex Carryover();

    [GeneratedRegex(@"(?:本年|当年)(?:度)?财政拨款(?!收入|支出)")]
    private static partial Regex CurrentYear();

    [GeneratedRegex(@"(?<!其中)其他资金|自筹资金")]
    private static partial Regex OtherFunds();

    [GeneratedRegex(@"纳入专户管理的非税收入(?:拨款)?")]
    private static partial Regex NonTax();

    [GeneratedRegex(@"(?<!上年结转\p{IsCJKUnifiedIdeographs}{0,2}|上年结余\p{IsCJKUnifiedIdeographs}{0,2})一般公共预算(?:财政)?(?:拨款|资金)?(?!\p{IsCJKUnifiedIdeographs}{0,2}(?:收入|支出))")]
    private static partial Regex GeneralBudgetFunds();

    [GeneratedRegex(@"(?<!上年结转\p{IsCJKUnifiedIdeographs}{0,2})政府性基金(?:预算)?(?:财政)?(?:拨款|资金)?(?!\p{IsCJKUnifiedIdeographs}{0,2}(?:收入|支出))")]
    private static partial Regex GovernmentFunds();

    [GeneratedRegex(@"基本支出")]
    private static partial Regex BasicSpending();

    [GeneratedRegex(@"(?<!其他|其它)项目支出")]
    private static partial Regex ProjectSpending();

    [GeneratedRegex(@"人员经费|人员支出|工资福利支出")]
    private static partial Regex StaffSpending();

    [GeneratedRegex(@"公用经费|公用支出|商品和服务支出")]
    private static partial Regex PublicSpending();

    [GeneratedRegex(@"^\s*(?:合计|总计|共计|小计)\s*$")]
    private static partial Regex Total();
}
