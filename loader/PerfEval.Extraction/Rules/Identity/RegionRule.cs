using PerfEval.Extraction.Normalization.Regions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// The unit's region against the national gazetteer, from the unit's name and every region name in the text.
/// Undecided streets stay unresolved with their candidates (region_ambiguous); no clue at all is region_unknown.
/// </summary>
public sealed class RegionRule(RegionResolver? resolver = null) : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var resolution = (resolver ?? RegionResolver.Default).ResolveDetailed(context.Text, context.Report.UnitName);
        if (resolution.Status == RegionStatus.Unknown)
        {
            context.AddIssue("region_unknown", "The report names no province, city, district or street found in the gazetteer.");
            return;
        }
        context.Report = context.Report with { Region = resolution.Match };
        if (resolution.Evidence is { } evidence)
        {
            context.SetEvidence("region", evidence.Offset, evidence.Quote);
        }
        if (resolution.Match.Candidates.Count > 1)
        {
            var names = string.Join("、", resolution.Match.Candidates.Select(c => $"{c.Province}{c.City}{c.District}{c.Street} {c.Code}"));
            context.AddIssue(
                "region_ambiguous",
                $"{resolution.Match.Candidates.Count} places fit and the text does not decide between them: {names}.",
                resolution.Evidence);
        }
    }
}
