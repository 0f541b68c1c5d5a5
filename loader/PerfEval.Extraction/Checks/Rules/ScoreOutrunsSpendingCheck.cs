using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

/// <summary>
/// The 自评预警 of the national budget system. With S the points claimed on the non-execution rows, Smax their
/// maximum and E the execution rate: red when (S/Smax − E)/(S/Smax) exceeds the threshold; yellow when the budget
/// is zero or the unspent share exceeds its threshold. A report stating only a total is measured by the total over the full score.
/// </summary>
public sealed class ScoreOutrunsSpendingCheck : ICheck
{
    public string Id => "score_outruns_spending";
    public FlagSeverity Severity => FlagSeverity.Critical;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        var settings = config.Warning;
        var rows = ReportFacts.ScoringRows(report).Where(row => !row.IsExecutionRate).ToList();
        var rate = ReportFacts.ExecutionRate(report);
        var evidence = ReportFacts.ExecutionEvidence(report);
        var gap = rate is not { } r ? null
            : rows.Count > 0 ? (rows.All(row => row.Points is not null) ? Gap(rows, r, settings) : null)
            : report.ScoreReported is { } total ? TotalGap(total, r, settings) : null;
        if (gap is { } g)
        {
            if (g.Share > 0m && g.Gap > settings.RedGapShare)
            {
                yield return new Flag(Id, FlagSeverity.Critical,
                    $"红色预警：指标得分{ReportFacts.Format(g.Claimed)}/{ReportFacts.Format(g.Maximum)}（{ReportFacts.Format(g.SharePercent)}%）远超预算执行率{ReportFacts.Format(rate!.Value)}% (red: points claimed outrun money spent)",
                    [.. evidence, .. rows.Count > 0 ? rows.Select(row => row.Evidence).OfType<Evidence>() : ReportFacts.Quotes(report, EvidenceKeys.ScoreReported)]);
                yield break;
            }
        }
        if (report.ScoreReported is null && rows.Count == 0)
        {
            yield break;
        }
        if (ReportFacts.Budget(report) == 0m)
        {
            yield return new Flag(Id, FlagSeverity.Warning, "黄色预警：预算为0 (yellow: zero budget)",
                ReportFacts.Quotes(report, EvidenceKeys.BudgetAdjusted, EvidenceKeys.BudgetInitial));
        }
        else if (rate is { } rr && 1m - (rr / 100m) > settings.YellowUnspentShare)
        {
            yield return new Flag(Id, FlagSeverity.Warning,
                $"黄色预警：预算执行率{ReportFacts.Format(rr)}%，未支出超过{ReportFacts.Format(settings.YellowUnspentShare * 100m)}% (yellow: more than {ReportFacts.Format(settings.YellowUnspentShare * 100m)}% unspent)",
                evidence);
        }
    }

    /// <summary>A total stated without scored rows measured against the full score: it includes the execution points, so it errs low.</summary>
    private static (decimal Claimed, decimal Maximum, decimal Share, decimal SharePercent, decimal Gap)? TotalGap(decimal total, decimal rate, WarningSettings settings)
    {
        var share = settings.FullScore > 0m ? total / settings.FullScore : 0m;
        return share > 0m ? (total, settings.FullScore, share, share * 100m, (share - rate / 100m) / share) : null;
    }

    /// <summary>Points claimed, their maximum, the share claimed and (share − spent)/share; null when hostile figures overflow decimal.</summary>
    private static (decimal Claimed, decimal Maximum, decimal Share, decimal SharePercent, decimal Gap)? Gap(List<IndicatorRow> rows, decimal rate, WarningSettings settings)
    {
        try
        {
            var claimed = rows.Sum(row => row.Points!.Value);
            var maximum = rows.All(row => row.Weight is not null) ? rows.Sum(row => row.Weight!.Value) : settings.DefaultMaxPoints;
            var share = maximum > 0m ? claimed / maximum : 0m;
            var gap = share > 0m ? (share - rate / 100m) / share : 0m;
            return (claimed, maximum, share, share * 100m, gap);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}