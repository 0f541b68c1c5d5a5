using System.Text.RegularExpressions;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>Finds stated grades: "评价结果为“优”", "评定等次为优秀", "绩效评价等级为“优”", "评定为优秀等级".</summary>
internal static partial class GradeReader
{
    public static IReadOnlyList<(string Grade, Evidence Evidence)> Read(string text)
    {
        var found = new List<(int Index, string Grade, Evidence Evidence)>();
        foreach (var regex in new[] { AfterKeyword(), BeforeLevelWord() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (!found.Exists(f => Math.Abs(f.Index - m.Index) < 12))
                {
                    found.Add((m.Index, Normalise(ScoringColumns.Squeeze(m.Groups["g"].Value)), new Evidence(m.Index, m.Value)));
                }
            }
        }
        return [.. found.OrderBy(f => f.Index).Select(f => (f.Grade, f.Evidence))];
    }

    private static string Normalise(string grade) => grade switch
    {
        "优" or "优秀" => "优",
        "良" or "良好" => "良",
        "中" or "中等" or "合格" or "及格" or "一般" => "中",
        _ => "差",
    };

    // Pipe tables put the grade some empty cells after its label (|自评等级||||||优|||).
    // The grade must end the phrase (quote, punctuation, 等级/等次) and must not open a list of grades (优、良、中、差).
    private const string GradeEnd = @"[”""'’」』]?(?=\s*(?:[，。,；;、）)\s|]|等级|等次|级|档|$))(?![”""'’」』]?\s*[、/,，和及或]\s*[“""'‘]?(?:优|良|中|差|合格))";

    private static readonly Regex AfterKeywordRegex = LineBreakTolerant.Create(@"(?:等级|等次|评级|级别|评价结果|评定结果|评价结论|自评结果|考核结果|结果|评定)[\s|]*(?:为|是|：|:|评定为|确定为|定为|属于|达到|评为)?[\s|]*[“""'‘「『]?\s*(?<g>优秀|良好|中等|不合格|合格|及格|较差|优|良|中|差)" + GradeEnd);

    private static Regex AfterKeyword() => AfterKeywordRegex;

    private static readonly Regex BeforeLevelWordRegex = LineBreakTolerant.Create(@"(?:评定为|评为|定为|确定为|属于|达到|为)\s*[“""'‘「『]?(?<g>优秀|良好|中等|不合格|合格|较差|优|良|中|差)[”""'’」』]?\s*(?:等级|等次|档次|级)");

    private static Regex BeforeLevelWord() => BeforeLevelWordRegex;
}
