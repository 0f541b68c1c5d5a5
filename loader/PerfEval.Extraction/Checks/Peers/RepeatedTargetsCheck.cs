using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>A unit's indicator targets copied from an earlier year's report of the same kind.</summary>
public sealed class RepeatedTargetsCheck : ICrossReportCheck
{
    public string Id => "repeated_targets";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public PeerScope Scope => PeerScope.Unit;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var settings = config.Peers;
        var eligible = reports.Where(r => r.FiscalYear is not null && r.IndicatorTargets.Count >= settings.RepeatedTargetsMinRows);
        foreach (var unit in eligible.GroupBy(r => (r.UnitKey, r.Kind)))
        {
            // Normalised once per report: a unit with many project reports compares each with every earlier one.
            var byYear = unit
                .OrderBy(r => r.FiscalYear)
                .Select(r => new Targets(r, [.. r.IndicatorTargets.Select(Normalise)]))
                .ToList();
            foreach (var later in byYear)
            {
                var earlier = byYear
                    .TakeWhile(e => e.Report.FiscalYear < later.Report.FiscalYear)
                    .Select(e => (e.Report, Share: later.ShareFoundIn(e)))
                    .Where(pair => pair.Share >= settings.RepeatedTargetsShare)
                    .OrderByDescending(pair => pair.Report.FiscalYear)
                    .FirstOrDefault();
                if (earlier.Report is not null)
                {
                    var year = later.Report.FiscalYear;
                    var percent = ReportFacts.Format(Math.Round(earlier.Share * 100m, 0, MidpointRounding.AwayFromZero));
                    yield return (later.Report.DocumentId, new Flag(Id, Severity,
                        $"{year}年的绩效指标值有{percent}%与{earlier.Report.FiscalYear}年的报告（{earlier.Report.DisplayName}）相同 (indicator targets copied from {earlier.Report.FiscalYear})",
                        []));
                }
            }
        }
    }

    private static string Normalise(string target) => string.Concat(target.Where(c => !char.IsWhiteSpace(c)));

    private sealed record Targets(PeerReport Report, List<string> Normalised)
    {
        private HashSet<string>? set;

        private HashSet<string> Set => set ??= new HashSet<string>(Normalised, StringComparer.Ordinal);

        /// <summary>The share of this report's targets that also appear in the other one's.</summary>
        public decimal ShareFoundIn(Targets other) =>
            Normalised.Count == 0 ? 0m : (decimal)Normalised.Count(other.Set.Contains) / Normalised.Count;
    }
}
