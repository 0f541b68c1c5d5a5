using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>街道, 乡镇, 部门 or 其他, read from how the unit's name ends; null without a unit name.</summary>
public sealed class UnitTypeRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var name = context.Report.UnitName;
        if (name is null)
        {
            return;
        }
        context.Report = context.Report with { UnitType = UnitName.Classify(name) };
        if (context.Evidence.TryGetValue("unitName", out var evidence))
        {
            context.SetEvidence("unitType", evidence.Offset, evidence.Quote);
        }
    }
}
