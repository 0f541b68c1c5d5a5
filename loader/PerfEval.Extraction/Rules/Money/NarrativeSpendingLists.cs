using System.Text.RegularExpressions;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Spending line items listed in running text: "其中：补助社区工作经费414.38万元，城管环卫及自建房整治经费324.82万元…".
/// A list is introduced (包括, 其中, 分别为) and has at least two "name amount" items in one sentence, separated only by
/// punctuation; key quantities (项目支出, 人员经费) are not items.
/// </summary>
internal static partial class NarrativeSpendingLists
{
    public static IReadOnlyList<SpendingLine> Read(string text, IReadOnlyList<NarrativeAmount> amounts, SpendingCategories categories)
    {
        var lines = new List<SpendingLine>();
        foreach (var sentence in amounts.GroupBy(a => a.Sentence))
        {
            var run = new List<(NarrativeAmount Amount, string Name)>();
            foreach (var amount in sentence)
            {
                var name = ItemName(amount);
                var introduced = name is not null && Introducer().IsMatch(amount.Gap);
                var continues = name is not null && run.Count > 0 && OnlySeparators(amount);
                if (introduced || continues)
                {
                    if (introduced && !continues)
                    {
                        Flush(run, text, categories, lines);
                    }
                    run.Add((amount, name!));
                    continue;
                }
                Flush(run, text, categories, lines);
            }
            Flush(run, text, categories, lines);
        }
        return lines;
    }

    private static void Flush(List<(NarrativeAmount Amount, string Name)> run, string text, SpendingCategories categories, List<SpendingLine> lines)
    {
        if (run.Count >= 2)
        {
            lines.AddRange(run.Select(item => new SpendingLine
            {
                Name = item.Name,
                Amount = item.Amount.Amount.Value,
                SourceUnit = MoneyUnit.Canonical(item.Amount.Amount.RawUnit),
                Category = categories.Classify(item.Name),
                Evidence = new Evidence(item.Amount.ClauseOffset, item.Amount.Quote(text)),
            }));
        }
        run.Clear();
    }

    private static string? ItemName(NarrativeAmount amount)
    {
        if (amount.Quantity is not null || amount.Amount.IsThreshold || amount.Amount.IsApproximate)
        {
            return null;
        }
        var name = Trailing().Replace(Leading().Replace(amount.Clause.Trim(), string.Empty), string.Empty).Trim();
        if (name.Length is < 2 or > 40 || NotAName().IsMatch(name) || QuantityLabels.IsKeyQuantity(name))
        {
            return null;
        }
        return name;
    }

    private static bool OnlySeparators(NarrativeAmount amount)
    {
        var gap = amount.Gap.AsSpan().Trim();
        var clause = amount.Clause.AsSpan().Trim();
        return gap.Length > clause.Length && gap.EndsWith(clause, StringComparison.Ordinal)
            && gap[..^clause.Length].Trim().Trim("，,、；;").IsEmpty;
    }

    // "用于" introduces a list only with its colon: "资金用于道路维修12万元" names a purpose, not items.
    [GeneratedRegex(@"包括|其中|分别为|分别是|主要有|具体为|具体如下|明细如下|含|用于[:：]")]
    private static partial Regex Introducer();

    [GeneratedRegex(@"^(?:(?:其中|主要包括|包括|具体包括|分别为|分别是|主要有|具体为|含|(?:主要)?用于[:：])[:：]?\s*)+|^(?:[（(]?[0-9]{1,2}[)）.、．]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．])\s*")]
    private static partial Regex Leading();

    [GeneratedRegex(@"(?:为|共|计|合计|共计|约|达|金额|资金为|是)$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"用于|发放|支付|拨付|累计|共计|合计|剩余|结余|结转|收入|完成|[0-9]+[人户个名次]")]
    private static partial Regex NotAName();
}
