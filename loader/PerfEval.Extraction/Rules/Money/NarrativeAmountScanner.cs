using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Finds the amounts in a document's running text (outside its tables) and names what each one states.</summary>
internal static partial class NarrativeAmountScanner
{
    private const string ClauseSeparators = "，,、：:";
    private static readonly SearchValues<char> Separators = SearchValues.Create(ClauseSeparators);
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！？\n\f");

    /// <param name="fiscalYear">When known, an amount in a sentence about another year (2022年…) is excluded.</param>
    public static IReadOnlyList<NarrativeAmount> Scan(ReportText report, int? fiscalYear = null) =>
        Scan(CompactText.Of(report.Text), TableSpans.Of(report), fiscalYear);

    public static IReadOnlyList<NarrativeAmount> Scan(CompactText compact, TableSpans tables, int? fiscalYear)
    {
        var text = compact.Text;
        var result = new List<NarrativeAmount>();
        var sentenceStart = -1;
        var sentenceEnd = -1;
        var sentence = 0;
        var increment = false;
        var previousEnd = 0;
        foreach (var amount in AmountParser.FindAll(text))
        {
            if (tables.Contains(compact.ToOriginal(amount.Offset)))
            {
                continue;
            }
            if (amount.Offset >= sentenceEnd)
            {
                sentenceStart = text.AsSpan(0, amount.Offset).LastIndexOfAny(SentenceEnds) + 1;
                var end = text.AsSpan(amount.End).IndexOfAny(SentenceEnds);
                sentenceEnd = end < 0 ? text.Length : amount.End + end;
                sentence++;
                increment = Increment().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
                previousEnd = sentenceStart;
            }
            var clauseStart = ClauseStart(text, previousEnd, amount.Offset);
            var clause = text[clauseStart..amount.Offset];
            var quantity = QuantityLabels.Classify(clause);
            var before = text.AsSpan(sentenceStart, amount.Offset - sentenceStart);
            if (quantity is Quantities.BasicSpending or Quantities.ProjectSpending && before.Contains("一般公共预算", StringComparison.Ordinal))
            {
                quantity = quantity == Quantities.BasicSpending ? Quantities.GeneralBudgetBasicSpending : Quantities.GeneralBudgetProjectSpending;
            }
            var excluded = increment || amount.IsThreshold || Periodic().IsMatch(clause) || OtherYear(before, fiscalYear);
            var original = amount with { Offset = compact.ToOriginal(amount.Offset), Length = compact.ToOriginalEnd(amount.End) - compact.ToOriginal(amount.Offset) };
            result.Add(new NarrativeAmount(original, text[previousEnd..amount.Offset], clause, compact.ToOriginal(clauseStart), quantity, sentence, excluded));
            previousEnd = amount.End;
        }
        return result;
    }

    // The clause names the amount; when it is too short to ("金额"), the text back to the previous amount does.
    private static int ClauseStart(string text, int previousEnd, int amountStart)
    {
        var cut = text.AsSpan(previousEnd, amountStart - previousEnd).LastIndexOfAny(Separators);
        var start = cut < 0 ? previousEnd : previousEnd + cut + 1;
        if (CjkCount(text.AsSpan(start, amountStart - start)) < 2)
        {
            start = previousEnd;
        }
        while (start < amountStart && (char.IsWhiteSpace(text[start]) || Separators.Contains(text[start]) || text[start] is '；' or ';'))
        {
            start++;
        }
        return start;
    }

    // The year a sentence speaks of is the last one named before the amount ("2022年全年执行…", "截止2023年12月31日").
    private static bool OtherYear(ReadOnlySpan<char> before, int? fiscalYear)
    {
        if (fiscalYear is null)
        {
            return false;
        }
        string? last = null;
        foreach (var match in Year().EnumerateMatches(before))
        {
            last = before.Slice(match.Index, 4).ToString();
        }
        return last is not null && int.Parse(last, CultureInfo.InvariantCulture) != fiscalYear;
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

    [GeneratedRegex(@"(?<![0-9])20[0-9]{2}\s*年(?![0-9])")]
    private static partial Regex Year();

    [GeneratedRegex(@"追加|追减|调增|调减|年中调整|年中增加|新增预算|增加预算")]
    private static partial Regex Increment();

    [GeneratedRegex(@"每季度?|每月|每年|每人|每户|人均|户均|每个|每名|标准为")]
    private static partial Regex Periodic();
}
