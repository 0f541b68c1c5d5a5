using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>
/// Flags a correct check raises because of what a report states (or leaves out), not because of a planted anomaly:
/// no score at all (missing_score), a total without scored rows (unsupported_score), a street name the text cannot
/// place (region_ambiguous), execution below the configured threshold (low_execution), and the budget system's
/// self-evaluation warning on a scored report (score_outruns_spending). Read from the truth's own record, with the
/// definitions of issue 4 and the thresholds of the default check configuration.
/// </summary>
public static class StatedFlags
{
    public static IReadOnlyList<string> Of(ExtractedReport truth)
    {
        var config = CheckConfiguration.Default;
        var flags = new List<string>();
        var scoredRows = truth.Indicators.Where(i => i.Points is not null).ToList();
        if (truth.ScoreReported is null && scoredRows.Count == 0)
        {
            flags.Add("missing_score");
        }
        if (truth.ScoreReported is not null && !scoredRows.Exists(i => !i.IsExecutionRate))
        {
            flags.Add("unsupported_score");
        }
        if (truth.Region is { Code: null, Candidates.Count: > 1 })
        {
            flags.Add("region_ambiguous");
        }
        var rate = truth.ExecutionRate ?? truth.ExecutionRateComputed;
        if (rate < config.LowExecutionBelow)
        {
            flags.Add("low_execution");
        }
        if (OutrunsSpending(truth, rate, config.Warning))
        {
            flags.Add("score_outruns_spending");
        }
        return flags;
    }

    private static bool OutrunsSpending(ExtractedReport truth, decimal? rate, WarningSettings warning)
    {
        var rows = truth.Indicators.Where(i => !i.IsExecutionRate).ToList();
        if (truth.ScoreReported is null && rows.Count == 0)
        {
            return false;
        }
        if ((truth.BudgetAdjusted ?? truth.BudgetInitial) == 0m || (rate is { } unspentFrom && 1m - unspentFrom / 100m > warning.YellowUnspentShare))
        {
            return true;
        }
        if (rate is not { } e)
        {
            return false;
        }
        // Red: the share of points claimed outruns the share of money spent; a bare total counts against 100.
        decimal share;
        if (rows.Count > 0)
        {
            if (rows.Exists(r => r.Points is null))
            {
                return false;
            }
            var maximum = rows.TrueForAll(r => r.Weight is not null) ? rows.Sum(r => r.Weight!.Value) : warning.DefaultMaxPoints;
            share = maximum > 0m ? rows.Sum(r => r.Points!.Value) / maximum : 0m;
        }
        else
        {
            share = truth.ScoreReported!.Value / warning.FullScore;
        }
        return share > 0m && (share - e / 100m) / share > warning.RedGapShare;
    }
}
