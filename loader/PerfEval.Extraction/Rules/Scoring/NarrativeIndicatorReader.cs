using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Finds "name（W分）" or "name分值W分" followed, in the same line or the next two, by the points given ("得分为P分", "得P分",
/// "得满分"), and the target and achieved value told before them (年度目标为…，实际完成…). Category headings (产出指标（50分）) that have indicators under them become the level names of
/// those indicators instead of rows of their own.
/// </summary>
internal static partial class NarrativeIndicatorReader
{
    private const int MaxNameLength = 30;
    // Prose wraps (pdftotext cuts lines at the page width), so the points may come a few lines later.
    private const int LinesAfterHeading = 6;
    private const int MaxWindow = 500;

    private sealed record Item(string Name, decimal Weight, decimal? Points, string? Target, string? Actual, Evidence Evidence);

    public static IReadOnlyList<IndicatorRow> Read(ReportText report)
    {
        var text = report.Text;
        var tables = EvidenceSpans.TableRanges(report);
        var headings = WeightHeading().Matches(text).Where(m => !EvidenceSpans.InAny(tables, m.Index)).ToList();
        var items = new List<Item>();
        for (var h = 0; h < headings.Count; h++)
        {
            var m = headings[h];
            var weight = ScoreNumber.Parse(m.Groups["w"].Success ? m.Groups["w"].Value : m.Groups["w2"].Value);
            var (name, nameStart) = NameBefore(text, m.Index);
            if (weight is null or <= 0 or >= 100 || name is null || NotAnIndicator().IsMatch(name))
            {
                continue;
            }
            var windowEnd = WindowEnd(text, m.Index + m.Length, h + 1 < headings.Count ? headings[h + 1].Index : text.Length);
            var window = text[(m.Index + m.Length)..windowEnd];
            var (points, pointsEnd) = PointsIn(window, weight.Value);
            var end = points is null ? m.Index + m.Length : m.Index + m.Length + pointsEnd;
            var told = points is null ? window : window[..pointsEnd];
            var actual = IndicatorNames.IsExecutionRate(name)
                ? PercentParser.Find(window) is { } rate ? window.Substring(rate.Index, rate.Length).Trim() : null
                : ValueAfter(ActualPhrase(), told);
            var target = IndicatorNames.IsExecutionRate(name) ? null : ValueAfter(TargetPhrase(), told);
            items.Add(new Item(name, weight.Value, points, target, actual, EvidenceSpans.Of(text, nameStart, end)));
        }
        return Arrange(items);
    }

    /// <summary>The clause right before "（W分）", without its numbering.</summary>
    private static (string? Name, int Start) NameBefore(string text, int index)
    {
        // "预算执行率指标，分值10分": the comma belongs between the name and its weight.
        while (index > 0 && text[index - 1] is '，' or ',' or ' ' or '：' or ':')
        {
            index--;
        }
        var start = index;
        while (start > 0 && index - start < MaxNameLength && !IsClauseBreak(text[start - 1]))
        {
            start--;
        }
        var raw = text[start..index];
        var name = IndicatorNames.Clean(raw).TrimEnd('（', '(', '：', ':', '，', ',');
        if (name.Length < 2 || !name.Any(c => c >= '\u4e00' && c <= '\u9fff'))
        {
            return (null, start);
        }
        var offset = start + raw.IndexOf(name[0], StringComparison.Ordinal);
        return (name, Math.Max(start, offset));
    }

    private static bool IsClauseBreak(char c) => c is '\n' or '。' or '，' or ',' or '；' or ';' or '：' or ':' or '\t' or '“' or '”';

    /// <summary>The heading's line and a few more, stopping at the next heading.</summary>
    private static int WindowEnd(string text, int from, int nextHeading)
    {
        var end = from;
        for (var line = 0; line <= LinesAfterHeading && end < text.Length; line++)
        {
            var nl = text.IndexOf('\n', end);
            end = nl < 0 ? text.Length : nl + 1;
        }
        return Math.Min(Math.Min(end, nextHeading), from + MaxWindow);
    }

    private static (decimal? Points, int End) PointsIn(string window, decimal weight)
    {
        foreach (Match p in PointsPhrase().Matches(window))
        {
            if (p.Index >= 2 && TotalWords().IsMatch(window[Math.Max(0, p.Index - 2)..p.Index]))
            {
                continue;
            }
            if (p.Groups["full"].Success)
            {
                return (weight, p.Index + p.Length);
            }
            var value = ScoreNumber.Parse(p.Groups["p"].Value);
            if (value is not null && value <= weight)
            {
                return (value, p.Index + p.Length);
            }
        }
        return (null, 0);
    }

    private static string? ValueAfter(Regex phrase, string told) =>
        phrase.Match(told) is { Success: true } m ? m.Groups["v"].Value : null;

    private static List<IndicatorRow> Arrange(List<Item> items)
    {
        var rows = new List<IndicatorRow>();
        string? level1 = null;
        string? level2 = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var nextIsLeaf = i + 1 < items.Count && !IsCategory(items[i + 1].Name);
            if (IndicatorNames.IsLevel1Category(item.Name) && nextIsLeaf)
            {
                (level1, level2) = (item.Name, null);
                continue;
            }
            if (IsLevel2Category(item.Name) && nextIsLeaf)
            {
                level2 = item.Name;
                continue;
            }
            var isExecution = IndicatorNames.IsExecutionRate(item.Name);
            var isCategory = IndicatorNames.IsLevel1Category(item.Name);
            rows.Add(new IndicatorRow
            {
                Level1 = isExecution ? null : isCategory ? item.Name : level1,
                Level2 = isExecution ? null : level2,
                Name = item.Name,
                Target = item.Target,
                Actual = item.Actual,
                Weight = item.Weight,
                Points = item.Points,
                IsExecutionRate = isExecution,
                Evidence = item.Evidence,
            });
        }
        return rows;
    }

    private static bool IsCategory(string name) => IndicatorNames.IsLevel1Category(name) || IsLevel2Category(name);

    private static bool IsLevel2Category(string name) => Level2Category().IsMatch(name);

    private static readonly Regex WeightHeadingRegex = LineBreakTolerant.Create(@"[（(]\s*(?<w>\d{1,3}(?:\.\d+)?)\s*分\s*[）)]|(?:分值|权重|满分|标准分)\s*(?:为|是|：|:)?\s*(?<w2>\d{1,3}(?:\.\d+)?)\s*分");

    private static Regex WeightHeading() => WeightHeadingRegex;

    private static readonly Regex PointsPhraseRegex = LineBreakTolerant.Create(@"(?:得\s*分\s*(?:为|是|：|:)?|得到?|评为|计)\s*(?<p>\d{1,3}(?:\.\d+)?)\s*分(?!钟)|(?<full>得满分)");

    private static Regex PointsPhrase() => PointsPhraseRegex;

    private static readonly Regex TotalWordsRegex = LineBreakTolerant.Create("综合|总|合计|最终");

    private static Regex TotalWords() => TotalWordsRegex;

    // "年度目标为1170户", "目标值：≥95%"; the value runs to the clause's end.
    [GeneratedRegex(@"(?:年度)?目标值?\s*(?:为|是|：|:)\s*(?<v>[^，。；,;\s]{1,20})")]
    private static partial Regex TargetPhrase();

    // "实际完成1041户", "实际达到594人次", "实际完成值为96.8%".
    [GeneratedRegex(@"实际(?:完成|达到)值?\s*(?:为|是|：|:)?\s*(?<v>[^，。；,;\s]{1,20})")]
    private static partial Regex ActualPhrase();

    [GeneratedRegex("满分|总分|合计|总计|综合|评分|自评得分|评价得分|共计")]
    private static partial Regex NotAnIndicator();

    [GeneratedRegex(@"^(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标$")]
    private static partial Regex Level2Category();
}
