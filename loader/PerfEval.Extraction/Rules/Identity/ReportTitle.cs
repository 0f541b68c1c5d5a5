using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// Finds the title among a report's first lines: a short line that names a performance report
/// (…绩效自评报告, …绩效评价报告). A title whose first line holds only the unit, or only the year and kind,
/// is joined with its neighbour (重庆市璧山区人民政府璧泉街道办事处 / 2023年度整体支出绩效自评报告).
/// </summary>
public static partial class ReportTitle
{
    private const int LinesSearched = 80;
    private const int LongestTitleLine = 60;

    // Several rules ask for the title of the same document; find it once per document.
    private static readonly ConditionalWeakTable<ReportText, StrongBox<TitleLine?>> Found = [];

    public static TitleLine? Find(ReportText text) => Found.GetValue(text, t => new StrongBox<TitleLine?>(Search(t))).Value;

    private static TitleLine? Search(ReportText text)
    {
        var lines = text.Lines.Take(LinesSearched)
            .Select(l => (Line: l, Clean: IdentityText.Clean(l.Content)))
            .Where(l => l.Clean.Length > 0)
            .ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, clean) = lines[i];
            if (!IsTitle(clean))
            {
                continue;
            }
            var offset = line.Offset + line.Content.IndexOf(clean[0], StringComparison.Ordinal);
            // Joined only when the two lines together name a unit (not 附件2 + 2023年度…).
            if (UnitName.FromTitle(clean) is null && i > 0 && CanPrecedeTitle(lines[i - 1].Clean)
                && UnitName.FromTitle(lines[i - 1].Clean + clean) is not null)
            {
                var previous = lines[i - 1];
                var previousOffset = previous.Line.Offset + previous.Line.Content.IndexOf(previous.Clean[0], StringComparison.Ordinal);
                return new TitleLine(previous.Clean + clean, previousOffset);
            }
            return new TitleLine(clean, offset);
        }
        return null;
    }

    internal static bool IsTitle(string line) =>
        line.Length is >= 4 and <= LongestTitleLine
        && TitleWords().IsMatch(line)
        && !line.EndsWith('表')
        && !SentencePunctuation().IsMatch(line)
        && !IdentityText.StartsWithNumbering(line)
        && !line.StartsWith("附件", StringComparison.Ordinal)
        && !IsBreadcrumb(line);

    // A web page's 当前位置：首页 » 信息公开 » 绩效评价 names the section, not the report.
    private static bool IsBreadcrumb(string line) =>
        line.AsSpan().IndexOfAny("»›>＞") >= 0 || line.StartsWith("当前位置", StringComparison.Ordinal) || line.StartsWith("您的位置", StringComparison.Ordinal);

    // The first half of a wrapped title: short, no punctuation, not a form field (名称：) or navigation (首页 > …).
    private static bool CanPrecedeTitle(string line) =>
        line.Length <= 40
        && !SentencePunctuation().IsMatch(line)
        && !line.Contains('：', StringComparison.Ordinal)
        && !line.Contains(':', StringComparison.Ordinal)
        && !line.Contains('>', StringComparison.Ordinal)
        && !line.Contains('|', StringComparison.Ordinal)
        && !IdentityText.StartsWithNumbering(line)
        && !line.StartsWith("附件", StringComparison.Ordinal);

    [GeneratedRegex("绩效.{0,12}(报告|自评|评价)|(自评|评价)报告|绩效评价|绩效自评")]
    private static partial Regex TitleWords();

    [GeneratedRegex("[，。；！？,;]")]
    private static partial Regex SentencePunctuation();
}
