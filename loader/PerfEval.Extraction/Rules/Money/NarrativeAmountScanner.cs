using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Finds the amounts in a document's running text (outside its tables) and names what each one states.</summary>
internal static partial class NarrativeAmountScanner
{
    private const string ClauseSeparators = "，,、：:";
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(ClauseSeparators);

    public static IReadOnlyList<NarrativeAmount> Scan(ReportText report)
    {
        var text = report.Text;
        var tables = TableSpans.Of(report);
        var result = new List<NarrativeAmount>();
        var sentence = 0;
        foreach (var (start, end) in Sentences(text))
        {
            sentence++;
            if (tables.Covers(start, end))
            {
                continue;
            }
            var body = text[start..end];
            var amounts = AmountParser.FindAll(body);
            if (amounts.Count == 0)
            {
                continue;
            }
            var increment = Increment().IsMatch(body);
            var previousEnd = 0;
            foreach (var local in amounts)
            {
                var amount = local with { Offset = local.Offset + start };
                if (tables.Contains(amount.Offset))
                {
                    previousEnd = local.End;
                    continue;
                }
                var (clause, clauseStart) = ClauseBefore(body, previousEnd, local.Offset);
                var quantity = QuantityLabels.Classify(clause);
                if (quantity is Quantities.BasicSpending or Quantities.ProjectSpending
                    && body.AsSpan(0, local.Offset).Contains("一般公共预算", StringComparison.Ordinal))
                {
                    quantity = quantity == Quantities.BasicSpending ? Quantities.GeneralBudgetBasicSpending : Quantities.GeneralBudgetProjectSpending;
                }
                var excluded = increment || amount.IsThreshold || Periodic().IsMatch(clause);
                result.Add(new NarrativeAmount(amount, body[previousEnd..local.Offset], clause, clauseStart + start, quantity, sentence, excluded));
                previousEnd = local.End;
            }
        }
        return result;
    }

    // The clause names the amount; when it is too short to ("金额"), the text back to the previous amount does.
    private static (string Clause, int Start) ClauseBefore(string body, int previousEnd, int amountStart)
    {
        var cut = body.AsSpan(previousEnd, amountStart - previousEnd).LastIndexOfAny(Separators);
        var start = cut < 0 ? previousEnd : previousEnd + cut + 1;
        if (CjkCount(body.AsSpan(start, amountStart - start)) < 2)
        {
            start = previousEnd;
        }
        while (start < amountStart && (char.IsWhiteSpace(body[start]) || ClauseSeparators.Contains(body[start], StringComparison.Ordinal) || body[start] is '；' or ';'))
        {
            start++;
        }
        return (body[start..amountStart], start);
    }

    private static int CjkCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                n++;
            }
        }
        return n;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or ';' or '！' or '？' or '\n' or '\f')
            {
                if (i > start)
                {
                    yield return (start, i);
                }
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    [GeneratedRegex(@"追加|追减|调增|调减|年中调整|年中增加|新增预算|增加预算")]
    private static partial Regex Increment();

    [GeneratedRegex(@"每季度?|每月|每年|每人|每户|人均|户均|每个|每名|标准为")]
    private static partial Regex Periodic();
}
