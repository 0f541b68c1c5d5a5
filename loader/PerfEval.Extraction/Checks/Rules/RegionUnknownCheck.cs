using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>No place resolved and no candidates either.</summary>
public sealed class RegionUnknownCheck : ICheck
{
    public string Id => "region_unknown";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.Region is null || (report.Region.Code is null && report.Region.Candidates.Count == 0))
        {
            yield return new Flag(Id, Severity, "无法识别报告所属地区 (region unknown)", ReportFacts.Quotes(report, EvidenceKeys.UnitName));
        }
    }
}
