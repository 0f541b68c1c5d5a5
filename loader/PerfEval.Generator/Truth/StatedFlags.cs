using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>
/// Flags a correct check raises because of what a report states (or leaves out), not because of a planted anomaly:
/// no score at all (missing_score), a total without scored rows (unsupported_score), a street name the text cannot
/// place (region_ambiguous). Read from the truth's own record, with the definitions of issue 4.
/// </summary>
public static class StatedFlags
{
    public static IReadOnlyList<string> Of(ExtractedReport truth)
    {
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
        return flags;
    }
}
