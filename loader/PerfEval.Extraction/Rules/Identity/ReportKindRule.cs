using System.Text.RegularExpressions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// overall (整体支出), project (项目支出), key_evaluation (重点评价, 财政评价, 部门评价) or other, read from the title;
/// without a title, from the body. A key evaluation is about a project too, so its words are looked for first.
/// </summary>
public sealed partial class ReportKindRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var text = context.Text.Text;
        var title = ReportTitle.Find(context.Text);
        var found = title is null ? null : Classify(title.Text, title.Offset, text);
        found ??= Classify(text, 0, text);
        if (found is null)
        {
            if (text.Contains("绩效", StringComparison.Ordinal))
            {
                context.Report = context.Report with { Kind = "other" };
                return;
            }
            context.AddIssue("kind_unknown", "The report does not say whether it evaluates a unit's whole spending or a project.");
            return;
        }
        var (kind, match) = found.Value;
        context.Report = context.Report with { Kind = kind };
        context.SetEvidence("kind", match.Offset, match.Quote);
    }

    private static (string Kind, (int Offset, string Quote) Match)? Classify(string scope, int scopeOffset, string text)
    {
        foreach (var (kind, words) in (ReadOnlySpan<(string, Regex)>)[("key_evaluation", KeyEvaluation()), ("overall", Overall()), ("project", Project())])
        {
            var match = words.Match(scope);
            if (match.Success)
            {
                var offset = text.IndexOf(match.Value, scopeOffset, StringComparison.Ordinal);
                return (kind, (offset < 0 ? scopeOffset : offset, match.Value));
            }
        }
        return null;
    }

    [GeneratedRegex("重点(绩效)?评价|财政(重点)?(绩效)?评价|部门(绩效)?评价(?!表)")]
    private static partial Regex KeyEvaluation();

    [GeneratedRegex("整体支出|整体绩效|部门[（(]单位[）)]整体")]
    private static partial Regex Overall();

    // A fund's own evaluation (…免费开放补助绩效自评报告) and a 项目实施单位 label say project too.
    [GeneratedRegex("项目支出|项目绩效|专项资金绩效|项目(自评|评价)|项目.{0,6}绩效|(经费|资金|补助|补贴)(绩效|自评)|项目实施单位")]
    private static partial Regex Project();
}
