using System.Text.RegularExpressions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// The project's name when a project or key-evaluation report is about one project: a 项目名称 field, the title
/// (2023年度城市社区工作经费项目绩效自评报告), or the body (选取城市社区工作经费项目为…重点评价项目).
/// A bundle (200万元以下项目, 项目支出) names no single project.
/// </summary>
public sealed partial class ProjectNameRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Report.Kind is not ("project" or "key_evaluation"))
        {
            return;
        }
        var text = context.Text.Text;
        var found = FromField(text) ?? FromTitle(context, text) ?? FromBody(text);
        if (found is null)
        {
            return;
        }
        var (name, offset) = found.Value;
        context.Report = context.Report with { ProjectName = name };
        context.SetEvidence("projectName", offset, name);
    }

    private static (string, int)? FromField(string text)
    {
        var match = NameField().Match(text);
        return match.Success && IsProjectName(match.Groups["name"].Value)
            ? (match.Groups["name"].Value, match.Groups["name"].Index)
            : null;
    }

    private static (string, int)? FromTitle(ExtractionContext context, string text)
    {
        var title = ReportTitle.Find(context.Text);
        if (title is null)
        {
            return null;
        }
        var titleText = IdentityText.AsciiDigits(title.Text);
        var match = TitleProject().Match(titleText);
        if (!match.Success || !IsProjectName(match.Groups["name"].Value))
        {
            match = TitleFund().Match(titleText);
        }
        if (!match.Success)
        {
            return null;
        }
        var name = match.Groups["name"].Value;
        var unit = context.Report.UnitName;
        if (unit is not null && name.StartsWith(unit, StringComparison.Ordinal))
        {
            name = name[unit.Length..];
        }
        var offset = text.IndexOf(name, title.Offset, StringComparison.Ordinal);
        return IsProjectName(name) && offset >= 0 ? (name, offset) : null;
    }

    private static (string, int)? FromBody(string text)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[ChosenProject(), EvaluatedProject()])
        {
            foreach (Match match in pattern.Matches(text))
            {
                var name = match.Groups["name"];
                if (IsProjectName(name.Value))
                {
                    return (name.Value, name.Index);
                }
            }
        }
        return null;
    }

    private static bool IsProjectName(string name) =>
        name.Length >= 2
        && !UnitName.IsUnitLike(name)
        && !Generic().IsMatch(name);

    // Pipe tables put the name a cell or two after its label: |项目名称||背街小巷提质改造经费|||.
    [GeneratedRegex(@"项目名称[ \t\u3000|]*[:：]?[ \t\u3000|]*\n?[ \t\u3000|]*(?<name>[^\s：:，。；|]{2,40})")]
    private static partial Regex NameField();

    // After the year (and unit), before 项目/项目支出 and the report words.
    [GeneratedRegex(@"\d{4}\s*年度?(?<name>[^\d，。]{2,40}?)项目(支出)?(绩效|自评|评价|重点)")]
    private static partial Regex TitleProject();

    // A title may name the fund without the word 项目: 2023年度综合文化站免费开放补助绩效自评报告, a phase in brackets kept (补助（二期）).
    [GeneratedRegex(@"\d{4}\s*年度?(?<name>[^\d，。]{2,40}?(经费|资金|补助|补贴|专项)(?:[（(][^（()）\d]{1,8}[）)])?)(财政支出|支出)?(绩效|自评|评价|重点)")]
    private static partial Regex TitleFund();

    [GeneratedRegex(@"选取(?<name>[^\s，。；、“”]{2,30}?)(项目)?(为|作为)")]
    private static partial Regex ChosenProject();

    [GeneratedRegex(@"对\s*(\d{4}\s*年度?)?(?<name>[^\s，。；、“”]{2,30}?)项目(进行|开展)了?(重点|绩效|综合)?评价")]
    private static partial Regex EvaluatedProject();

    // Words that name a bundle or point back (该, 本, 上述), not a project.
    [GeneratedRegex("以下|以上|万元|^(该|本|此|各|上述|相关|部门|单位|其他|重点|部分|若干|多个|有关)|等$|^项目")]
    private static partial Regex Generic();
}
