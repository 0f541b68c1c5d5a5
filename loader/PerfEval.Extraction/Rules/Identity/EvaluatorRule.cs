using System.Text.RegularExpressions;
using PerfEval.Extraction.Normalization.Regions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// Who evaluated, when it is not the unit: an explicit 评价单位/评价机构, a third party commissioned (委托…公司),
/// or the speaker of an evaluation (我部, 我局) that the unit's own name cannot be — named when the text names a
/// department of that kind (区委组织部), else as the text says it.
/// </summary>
public sealed partial class EvaluatorRule(Gazetteer? gazetteer = null) : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var text = context.Text.Text;
        var unit = context.Report.UnitName;
        var found = Explicit(text, unit) ?? ThirdParty(text, unit) ?? Speaker(context, text, unit);
        if (found is null)
        {
            return;
        }
        var (name, offset, quote) = found.Value;
        context.Report = context.Report with { Evaluator = name };
        context.SetEvidence("evaluator", offset, quote);
    }

    private static (string, int, string)? Explicit(string text, string? unit)
    {
        var match = EvaluatorField().Match(text);
        var name = match.Groups["name"].Value;
        return match.Success && name != unit ? (name, match.Groups["name"].Index, name) : null;
    }

    private static (string, int, string)? ThirdParty(string text, string? unit)
    {
        var match = Commissioned().Match(text);
        var name = match.Groups["name"].Value;
        return match.Success && name != unit ? (name, match.Groups["name"].Index, match.Value) : null;
    }

    private (string, int, string)? Speaker(ExtractionContext context, string text, string? unit)
    {
        if (context.Report.Kind != "key_evaluation" && !EvaluationTeam().IsMatch(text))
        {
            return null;
        }
        foreach (Match pronoun in SpeakerPronoun().Matches(text))
        {
            var kind = pronoun.Groups["kind"].Value[0];
            // 我局 in a 财政局's report, 我办 in a 街道办事处's: the unit speaking of itself.
            if (unit is not null && unit.Contains(kind, StringComparison.Ordinal))
            {
                continue;
            }
            // The signature above the date names the speaker in full (中共芦淞区委组织部).
            var signed = Signature().Matches(text).LastOrDefault(m => m.Groups["name"].Value[^1] == kind && m.Groups["name"].Value != unit);
            if (signed is not null)
            {
                var name = signed.Groups["name"];
                return (name.Value, name.Index, name.Value);
            }
            var named = DepartmentNames().Matches(text)
                .Where(m => m.Value[^1] == kind)
                .Select(m => WithPlaceName(text, m))
                .Where(d => d.Name != unit)
                .GroupBy(d => d.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.First().Offset)
                .FirstOrDefault();
            return named is null
                ? (pronoun.Value, pronoun.Index, pronoun.Value)
                : (named.Key, named.First().Offset, named.Key);
        }
        return null;
    }

    /// <summary>区财政局 written as 鼓楼区财政局: the place's name ends with the department's level character.</summary>
    private (string Name, int Offset) WithPlaceName(string text, Match department)
    {
        const int LongestPlaceName = 12;
        var start = Math.Max(0, department.Index - LongestPlaceName);
        var window = text[start..(department.Index + 1)];
        var mentions = (gazetteer ?? Gazetteer.Default).FindMentions(window);
        var place = mentions.Count == 0 ? null : mentions[^1];
        return place is not null && !place.IsWeak && place.End == window.Length
            ? (place.Name + department.Value[1..], start + place.Offset)
            : (department.Value, department.Index);
    }

    [GeneratedRegex(@"(评价(单位|机构|主体)|实施评价的?单位)[ \t\u3000]*[:：][ \t\u3000]*(?<name>[^\s，。；（(]{2,40})")]
    private static partial Regex EvaluatorField();

    // Commissioned to evaluate, not to run a service: the sentence goes on to 评价.
    [GeneratedRegex(@"委托(?:第三方)?(?<name>[^\s，。；、“”《]{2,30}?(公司|事务所|研究院|研究所|研究中心))[^。；\n]{0,30}?评价")]
    private static partial Regex Commissioned();

    [GeneratedRegex(@"^[ \t\u3000]*(?<name>[^\s，。；：:、]{2,40})[ \t\u3000]*\r?\n[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", RegexOptions.Multiline)]
    private static partial Regex Signature();

    [GeneratedRegex("评价(工作)?小组|评价组|评价工作组")]
    private static partial Regex EvaluationTeam();

    [GeneratedRegex("我(?<kind>[部局委厅办])(?![门分])")]
    private static partial Regex SpeakerPronoun();

    // 区委组织部, 县财政局, 市卫生健康委: a government or party level, then a short department name.
    [GeneratedRegex("(区委|县委|市委|州委|旗委|省委|区|县|市|州|旗|省)[\u4e00-\u9fff]{2,6}?[部局委厅](?![门分长])(?<!(干|支|内|全|局|外|中|东|西|南|北|各|总)部)")]
    private static partial Regex DepartmentNames();
}
