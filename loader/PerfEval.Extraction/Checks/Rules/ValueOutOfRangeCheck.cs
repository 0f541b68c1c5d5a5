using PerfEval.Extraction.Model;
using PerfEval.Extraction.Rules.Limits;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>Keeps the nulled out-of-range figures visible: issues are not stored, flags are.</summary>
public sealed class ValueOutOfRangeCheck : ICheck
{
    public string Id => StorableRangeRule.IssueCode;
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config) =>
        report.Issues
            .Where(issue => issue.Code == StorableRangeRule.IssueCode)
            .Select(issue => new Flag(Id, Severity, "数值超出可存储范围，已置空 (value out of range): " + issue.Message, issue.Evidence is { } e ? [e] : []));
}
