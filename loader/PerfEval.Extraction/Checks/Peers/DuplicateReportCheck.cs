using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>The same unit, year and kind loaded from two files whose figures differ: which one is true?</summary>
public sealed class DuplicateReportCheck : ICrossReportCheck
{
    public string Id => "duplicate_report";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var eligible = reports.Where(r => r.FiscalYear is not null && r.Kind is not null);
        foreach (var group in eligible.GroupBy(r => (r.UnitKey, r.FiscalYear, r.Kind)))
        {
            var documents = group.DistinctBy(r => r.DocumentId, StringComparer.Ordinal).ToList();
            if (documents.Select(r => r.FiguresHash).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            foreach (var report in documents)
            {
                var others = string.Join(", ", documents.Where(r => r.DocumentId != report.DocumentId).Select(r => r.DocumentId));
                yield return (report.DocumentId, new Flag(Id, Severity,
                    $"同一单位{report.FiscalYear}年同类报告另有不同数字的文件：{others} (same unit, year and kind with different figures)",
                    []));
            }
        }
    }
}
