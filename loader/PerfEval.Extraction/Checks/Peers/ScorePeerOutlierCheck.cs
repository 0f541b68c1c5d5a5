using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Peers;

/// <summary>
/// A score far above the other reports of the same district and year (z-score against them, spread floored)
/// while the execution rate is below their median.
/// </summary>
public sealed class ScorePeerOutlierCheck : ICrossReportCheck
{
    public string Id => "score_peer_outlier";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config)
    {
        var settings = config.Peers;
        var comparable = reports.Where(r => r.DistrictCode is not null && r.FiscalYear is not null && r.Score is not null && r.ExecutionRate is not null);
        foreach (var group in comparable.GroupBy(r => (r.DistrictCode, r.FiscalYear)))
        {
            var members = group.ToList();
            foreach (var report in members)
            {
                var peers = members.Where(other => !ReferenceEquals(other, report)).ToList();
                if (peers.Count < settings.MinPeers)
                {
                    continue;
                }
                var scores = peers.Select(p => p.Score!.Value).ToList();
                var mean = scores.Average();
                var spread = Math.Max(StandardDeviation(scores, mean), settings.MinScoreSpread);
                var z = (report.Score!.Value - mean) / spread;
                var medianExecution = Median([.. peers.Select(p => p.ExecutionRate!.Value)]);
                if (z >= settings.ScoreZ && report.ExecutionRate!.Value <= medianExecution - settings.ExecutionBelowMedianBy)
                {
                    yield return (report.DocumentId, new Flag(Id, Severity,
                        $"得分{ReportFacts.Format(report.Score.Value)}高于同区同年{peers.Count}份报告（均值{ReportFacts.Format(mean)}，z={z:0.0}），执行率{ReportFacts.Format(report.ExecutionRate.Value)}%却低于其中位数{ReportFacts.Format(medianExecution)}% (score far above peers while execution is below them)",
                        []));
                }
            }
        }
    }

    private static decimal StandardDeviation(List<decimal> values, decimal mean)
    {
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return (decimal)Math.Sqrt((double)variance);
    }

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2m;
    }
}
