using System.Text.RegularExpressions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Sections;

/// <summary>The 存在问题 / 存在的问题及原因 section, as text for briefings.</summary>
public sealed partial class ProblemsSectionRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var section = SectionFinder.Find(context.Text, Heading(), Label(), Excluded());
        if (section is null)
        {
            return;
        }
        context.Report = context.Report with { Problems = section.Text };
        context.SetEvidence("problems", section.Offset, section.Text.Split('\n')[0]);
    }

    [GeneratedRegex("存在(的)?(主要)?问题|主要问题|问题及原因|问题和不足|不足之处")]
    private static partial Regex Heading();

    [GeneratedRegex("^(存在(的)?(主要)?问题|主要问题|问题|不足|存在不足)$")]
    private static partial Regex Label();

    [GeneratedRegex("其他需要说明")]
    private static partial Regex Excluded();
}
