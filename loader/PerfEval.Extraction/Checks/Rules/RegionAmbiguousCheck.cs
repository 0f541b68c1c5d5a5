using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>Several places fit the text (five 青年路街道 in China): a person must choose.</summary>
public sealed class RegionAmbiguousCheck : ICheck
{
    public string Id => "region_ambiguous";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.Region is { Candidates.Count: > 1 } region)
        {
            yield return new Flag(Id, Severity,
                $"地区无法确定，候选{region.Candidates.Count}个：{string.Join("、", region.Candidates.Select(c => c.Code))} (region ambiguous)",
                ReportFacts.Quotes(report, EvidenceKeys.Region, EvidenceKeys.UnitName));
        }
    }
}
