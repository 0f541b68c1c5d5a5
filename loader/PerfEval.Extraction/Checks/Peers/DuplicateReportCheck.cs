using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>
/// The same unit, year, kind and project loaded from two different files whose figures differ: which one is true?
/// A new version of the same file (same name, ignoring case, extension and folder) is a revision, not a duplicate.
/// </summary>
public sealed class DuplicateReportCheck : ICrossReportCheck
{
    public string Id => "duplicate_report";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public PeerScope Scope => PeerScope.Unit;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var eligible = reports.Where(r => r.FiscalYear is not null && r.Kind is not null);
        foreach (var group in eligible.GroupBy(r => (r.UnitKey, r.FiscalYear, r.Kind, r.ProjectName)))
        {
            var documents = group.DistinctBy(r => r.DocumentId, StringComparer.Ordinal).ToList();
            if (documents.Count < 2)
            {
                continue;
            }
            foreach (var report in documents)
            {
                var others = documents
                    .Where(r => r.DocumentId != report.DocumentId && r.FiguresHash != report.FiguresHash && !SameFile(r, report))
                    .Select(r => r.DisplayName)
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (others.Count == 0)
                {
                    continue;
                }
                var what = report.ProjectName is null ? "同类报告" : $"项目“{report.ProjectName}”的报告";
                yield return (report.DocumentId, new Flag(Id, Severity,
                    $"同一单位{report.FiscalYear}年{what}另有数字不同的文件：{string.Join("、", others)} (same unit, year, kind and project from another file with different figures)",
                    []));
            }
        }
    }

    /// <summary>Two versions of one file: the same name apart from case, extension and folder. Unknown names never match.</summary>
    public static bool SameFile(PeerReport a, PeerReport b) =>
        a.FileName is not null && b.FileName is not null
        && string.Equals(Path.GetFileNameWithoutExtension(a.FileName), Path.GetFileNameWithoutExtension(b.FileName), StringComparison.OrdinalIgnoreCase);
}
