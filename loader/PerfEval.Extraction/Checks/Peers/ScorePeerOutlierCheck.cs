using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>
/// A score far above the other reports of the same district and year (z-score against them, spread floored)
/// while the execution rate is below their median. Each group is sorted once and every report's peers (the group
/// without it) are summarised from the group's sums, so a district of thousands of reports stays linear-ish.
/// </summary>
public sealed class ScorePeerOutlierCheck : ICrossReportCheck
{
    public string Id => "score_peer_outlier";
    public FlagSeverity Severity => FlagSeverity.Warning;
    public PeerScope Scope => PeerScope.DistrictYear;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var settings = config.Peers;
        var comparable = reports.Where(r => r.DistrictCode is not null && r.FiscalYear is not null && r.Score is not null && r.ExecutionRate is not null);
        foreach (var group in comparable.GroupBy(r => (r.DistrictCode, r.FiscalYear)))
        {
            var members = group.ToList();
            var peerCount = members.Count - 1;
            if (peerCount < settings.MinPeers)
            {
                continue;
            }
            var sum = members.Sum(m => m.Score!.Value);
            var sumOfSquares = members.Sum(m => m.Score!.Value * m.Score!.Value);
            var executions = members.Select(m => m.ExecutionRate!.Value).Order().ToArray();
            foreach (var report in members)
            {
                var score = report.Score!.Value;
                var mean = (sum - score) / peerCount;
                var variance = Math.Max(0m, ((sumOfSquares - score * score) / peerCount) - (mean * mean));
                var spread = Math.Max((decimal)Math.Sqrt((double)variance), settings.MinScoreSpread);
                var z = (score - mean) / spread;
                if (z < settings.ScoreZ)
                {
                    continue;
                }
                var execution = report.ExecutionRate!.Value;
                var medianExecution = MedianWithout(executions, execution);
                if (execution <= medianExecution - settings.ExecutionBelowMedianBy)
                {
                    yield return (report.DocumentId, new Flag(Id, Severity,
                        $"得分{ReportFacts.Format(score)}高于同区同年{peerCount}份报告（均值{ReportFacts.Format(mean)}，z={z:0.0}），执行率{ReportFacts.Format(execution)}%却低于其中位数{ReportFacts.Format(medianExecution)}% (score far above peers while execution is below them)",
                        []));
                }
            }
        }
    }

    /// <summary>The median of <paramref name="sorted"/> with one occurrence of <paramref name="value"/> (a member) left out.</summary>
    private static decimal MedianWithout(decimal[] sorted, decimal value)
    {
        var removed = Array.BinarySearch(sorted, value);
        var count = sorted.Length - 1;
        decimal At(int k) => k < removed ? sorted[k] : sorted[k + 1];
        var middle = count / 2;
        return count % 2 == 1 ? At(middle) : (At(middle - 1) + At(middle)) / 2m;
    }
}
