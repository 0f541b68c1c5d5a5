using System.Text.RegularExpressions;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Finds the total score stated in prose. Strong phrases (综合得分, 自评得分, 该项目得分, 评价结果…) win over weak ones
/// (评分, 总分); a phrase right after "该指标" is an indicator's score, not the total; "总分100分，得分95分"
/// states the maximum first and the score second.
/// </summary>
internal static partial class NarrativeScoreReader
{
    private const decimal MaxScore = 100m;

    public static (decimal Score, Evidence Evidence, IReadOnlyList<Evidence> Conflicts)? Read(string text)
    {
        var found = new List<(decimal Score, bool Strong, Evidence Evidence)>();
        foreach (Match m in ScorePhrase().Matches(text))
        {
            var before = text[Math.Max(0, m.Index - 10)..m.Index];
            if (IndicatorContext().IsMatch(before))
            {
                continue;
            }
            var keyword = ScoringColumns.Squeeze(m.Groups["kw"].Value);
            var value = ScoreNumber.Parse(m.Groups["v"].Value);
            var end = m.Index + m.Length;
            if (keyword is "总分" or "满分")
            {
                var after = ScoreAfterMaximum().Match(text, end);
                if (after.Success && after.Index == end)
                {
                    value = ScoreNumber.Parse(after.Groups["v"].Value);
                    end = after.Index + after.Length;
                }
                else if (keyword == "满分")
                {
                    continue;
                }
            }
            if (value is null or < 0 or > MaxScore)
            {
                continue;
            }
            var strong = keyword is not ("评分" or "总分" or "满分");
            if (!strong && !m.Groups["unit"].Success)
            {
                // "总分 100 97" is a table's total row, read by the table rule; prose without 分 is too loose.
                continue;
            }
            found.Add((value.Value, strong, new Evidence(m.Index, text[m.Index..end])));
        }
        if (found.Count == 0)
        {
            return null;
        }
        var best = found.Exists(f => f.Strong) ? found.Where(f => f.Strong).ToList() : found;
        var chosen = best[0];
        var conflicts = best.Where(f => f.Score != chosen.Score).Select(f => f.Evidence).ToList();
        return (chosen.Score, chosen.Evidence, conflicts);
    }

    private static readonly Regex ScorePhraseRegex = LineBreakTolerant.Create(@"(?<kw>(?:该|本)(?:项目|单位|部门)(?:整体)?(?:综合|自评|最终)?得分|综合得分|综合评分|自评得分|自评总分|自评分数|自评评分|自评结果|总得分|最终得分|评价得分|绩效得分|绩效评分|评价分数|考核得分|评价结果|评分结果|得分合计|合计得分|满分|评分|总分)\s*(?:为|是|达到|达|共|：|:)?\s*[“""]?(?<v>\d{1,3}(?:\.\d{1,2})?)\s*[”""]?\s*(?:(?<unit>分)(?!钟)|(?![\d.%％万元亿个人户次项件]))");

    private static Regex ScorePhrase() => ScorePhraseRegex;

    private static readonly Regex ScoreAfterMaximumRegex = LineBreakTolerant.Create(@"\G\s*[，,；;]?\s*(?:实际|自评|最终|综合)?得分\s*(?:为|是|：|:)?\s*(?<v>\d{1,3}(?:\.\d{1,2})?)\s*分");

    private static Regex ScoreAfterMaximum() => ScoreAfterMaximumRegex;

    private static readonly Regex IndicatorContextRegex = LineBreakTolerant.Create("该指标|该项(?!目)|此项(?!目)|本项(?!目)|单项|指标得分|该部分");

    private static Regex IndicatorContext() => IndicatorContextRegex;
}
