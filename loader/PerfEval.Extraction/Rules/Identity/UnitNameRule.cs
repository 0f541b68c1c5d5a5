using System.Text.RegularExpressions;
using PerfEval.Extraction.Normalization.Regions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// The unit's name as written: from the cover's 单位名称 field, else the title, else the street or township
/// the body names most (a 重点评价 names the evaluated unit only in its body). A title's short form
/// (青山街道) takes the suffix the body writes it with (青山街道办事处).
/// </summary>
public sealed partial class UnitNameRule(Gazetteer? gazetteer = null) : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var text = context.Text.Text;
        var found = FromCover(text) ?? FromTitle(context) ?? FromBody(text, gazetteer ?? Gazetteer.Default);
        if (found is null)
        {
            context.AddIssue("unit_unknown", "The report names no unit in its cover, title or body.");
            return;
        }
        var (name, offset) = found.Value;
        var full = WithBodySuffix(name, text);
        context.Report = context.Report with { UnitName = full };
        context.SetEvidence("unitName", offset, text.Substring(offset, Math.Min(name.Length, text.Length - offset)));
    }

    private static (string Name, int Offset)? FromCover(string text)
    {
        // "单位：万元" is a table's unit line, not a unit: the value must look like a unit's name.
        var match = CoverField().Matches(text).Concat(TableField().Matches(text))
            .Where(m => UnitName.IsUnitLike(m.Groups["name"].Value))
            .MinBy(m => m.Index);
        return match is null ? null : (match.Groups["name"].Value, match.Groups["name"].Index);
    }

    private static (string Name, int Offset)? FromTitle(ExtractionContext context)
    {
        var title = ReportTitle.Find(context.Text);
        var name = title is null ? null : UnitName.FromTitle(title.Text);
        if (name is null)
        {
            return null;
        }
        var offset = context.Text.Text.IndexOf(name, title!.Offset, StringComparison.Ordinal);
        return offset < 0 ? null : (name, offset);
    }

    /// <summary>The street or township the body names most with its office's suffix (青年路街道办事处).</summary>
    private static (string Name, int Offset)? FromBody(string text, Gazetteer gazetteer)
    {
        var offices = gazetteer.FindMentions(text)
            .Where(m => !m.IsWeak && m.Places.Any(p => p.Level == RegionLevel.Street))
            .Select(m => (Mention: m, Suffix: OfficeSuffix().Match(text, m.End)))
            .Where(x => x.Suffix.Success && x.Suffix.Index == x.Mention.End)
            .GroupBy(x => x.Mention.Name + x.Suffix.Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Mention.Offset)
            .FirstOrDefault();
        return offices is null ? null : (offices.Key, offices.First().Mention.Offset);
    }

    private static string WithBodySuffix(string name, string text)
    {
        foreach (var (ending, suffix) in (ReadOnlySpan<(string, string)>)[("街道", "办事处"), ("镇", "人民政府"), ("乡", "人民政府")])
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && text.Contains(name + suffix, StringComparison.Ordinal))
            {
                return name + suffix;
            }
        }
        return name;
    }

    [GeneratedRegex(@"^[ \t\u3000]*(?:部门[（(]单位[）)]|单位[（(]部门[）)]|预算单位|填报单位|(?:项目)?实施单位|部门|单位)(?:名称)?[ \t\u3000]*(?:[（(]盖章[）)])?[ \t\u3000]*[:：][ \t\u3000]*(?<name>[^\s（(：:，。]{2,40})", RegexOptions.Multiline)]
    private static partial Regex CoverField();

    // A form's label cell and value cell: "区级预算部门（单位）名称" then, after a tab or a line break, the name.
    [GeneratedRegex(@"^[ \t\u3000]*[\u4e00-\u9fff]{0,4}?(?:部门[（(]单位[）)]|单位[（(]部门[）)]|预算单位|填报单位|单位)名称[ \t\u3000]*(?:\t|\r?\n)[ \t\u3000\r\n]*(?<name>[^\s（(：:，。]{2,40})", RegexOptions.Multiline)]
    private static partial Regex TableField();

    [GeneratedRegex(@"\G(办事处|人民政府|政府)")]
    private static partial Regex OfficeSuffix();
}
