using System.Text.RegularExpressions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Sections;

/// <summary>The 改进措施 / 下一步改进措施 / 意见建议 section, as text for briefings.</summary>
public sealed partial class ImprovementsSectionRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var section = SectionFinder.Find(context.Text, Heading(), Label(), Excluded());
        if (section is null)
        {
            return;
        }
        context.Report = context.Report with { Improvements = section.Text };
        context.SetEvidence("improvements", section.Offset, section.Text.Split('\n')[0]);
    }

    [GeneratedRegex("改进措施|改进建议|改进意见|整改措施|意见建议|有关建议|对策建议|工作建议|下一步")]
    private static partial Regex Heading();

    [GeneratedRegex("^(改进措施|改进建议|改进意见|整改措施|意见建议|有关建议|建议|对策建议|下一步(工作)?(计划|打算|措施|改进措施)?)$")]
    private static partial Regex Label();

    // A heading naming problems and improvements together: its labels (存在问题：/意见建议：) say which part is which.
    [GeneratedRegex("其他需要说明|存在(的)?问题")]
    private static partial Regex Excluded();
}
