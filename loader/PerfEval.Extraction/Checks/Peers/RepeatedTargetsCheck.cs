using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>A unit's indicator targets copied from an earlier year's report of the same kind.</summary>
public sealed class RepeatedTargetsCheck : ICrossReportCheck
{
    public string Id => "repeated_targets";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var settings = config.Peers;
        var eligible = reports.Where(r => r.FiscalYear is not null && r.IndicatorTargets.Count >= settings.RepeatedTargetsMinRows);
        foreach (var unit in eligible.GroupBy(r => (r.UnitKey, r.Kind)))
        {
            var byYear = unit.OrderBy(r => r.FiscalYear).ToList();
            foreach (var later in byYear)
            {
                var earlier = byYear
                    .Where(r => r.FiscalYear < later.FiscalYear)
                    .Select(r => (Report: r, Share: SharedShare(later.IndicatorTargets, r.IndicatorTargets)))
                    .Where(pair => pair.Share >= settings.RepeatedTargetsShare)
                    .OrderByDescending(pair => pair.Report.FiscalYear)
                    .FirstOrDefault();
                if (earlier.Report is not null)
                {
                    yield return (later.DocumentId, new Flag(Id, Severity,
                        $"{later.FiscalYear}年的绩效指标值有{earlier.Share:P0}与{earlier.Report.FiscalYear}年相同 (indicator targets copied from {earlier.Report.FiscalYear})",
                        []));
                }
            }
        }
    }

    /// <summary>The share of this year's targets that also appear in the other year's.</summary>
    private static decimal SharedShare(IReadOnlyList<string> current, IReadOnlyList<string> other)
    {
        var previous = other.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        var shared = current.Count(target => previous.Contains(Normalise(target)));
        return current.Count == 0 ? 0m : (decimal)shared / current.Count;
    }

    private static string Normalise(string target) => string.Concat(target.Where(c => !char.IsWhiteSpace(c)));
}
