using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>Cleans indicator level names and recognises the standard first-level categories.</summary>
internal static partial class IndicatorNames
{
    /// <summary>"产出指标（40分）" → "产出指标"; wrapped whitespace removed.</summary>
    public static string Clean(string text)
    {
        var s = WeightSuffix().Replace(text, "");
        s = ScoringColumns.Squeeze(s);
        return NumberingPrefix().Replace(s, "");
    }

    /// <summary>True for the first-level categories of either scheme (产出/效益/满意度/成本, 决策/过程/产出/效益).</summary>
    public static bool IsLevel1Category(string name) => Level1Category().IsMatch(name);

    public static bool IsExecutionRate(string name) => name.Contains("执行率", StringComparison.Ordinal) || name.Contains("执行进度", StringComparison.Ordinal);

    /// <summary>Labels of a scoring table's total row.</summary>
    public static bool IsTotalLabel(string text)
    {
        var s = ScoringColumns.Squeeze(text);
        return s is "总分" or "合计" or "总计" or "综合得分" or "总得分" or "自评得分" or "自评总分" or "得分合计" or "分值合计" or "合计得分"
            || s.StartsWith("总分", StringComparison.Ordinal) || s.StartsWith("合计", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[（(]\s*\d+(?:\.\d+)?\s*分?\s*[）)]")]
    private static partial Regex WeightSuffix();

    [GeneratedRegex(@"^(?:[（(]?\d{1,2}[）).、．]|[（(]?[一二三四五六七八九十]{1,3}[）)、．.])")]
    private static partial Regex NumberingPrefix();

    [GeneratedRegex(@"^(?:项目)?(?:产出|效益|满意度|成本|决策|过程|影响)(?:指标)?$")]
    private static partial Regex Level1Category();
}
