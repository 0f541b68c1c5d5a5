using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Reads the 预算执行率 row under a 自评表's budget header (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分):
/// the rate cell anchors the row, the weight and points sit where the header puts them relative to it.
/// </summary>
internal static class ExecutionRowReader
{
    public static IndicatorRow Read(string text, TableRow row, ScoringColumns header, List<ExtractionIssue> issues)
    {
        var cells = row.Cells.Select(c => c.Text).ToList();
        var evidence = EvidenceSpans.OfRow(text, row);
        var rateAt = FindRate(cells, header);
        decimal? weight = null;
        decimal? points = null;
        if (rateAt is int r)
        {
            weight = CellNumber(cells, r + (header.Weight - header.Rate!.Value));
            points = CellNumber(cells, r + (header.Points - header.Rate!.Value));
        }
        if (rateAt is null || weight is null || points is null)
        {
            issues.Add(new ExtractionIssue("execution_row_unreadable", "The 预算执行率 row's rate, weight or points could not be read; left null.", evidence));
        }
        var name = cells.Take(rateAt ?? cells.Count).FirstOrDefault(c => c.Length > 0 && !c.Any(char.IsAsciiDigit));
        return new IndicatorRow
        {
            Name = name is null ? "预算执行率" : ScoringColumns.Squeeze(name),
            Actual = rateAt is int a ? cells[a] : null,
            Weight = weight,
            Points = points,
            IsExecutionRate = true,
            Evidence = evidence,
        };
    }

    private static int? FindRate(List<string> cells, ScoringColumns header)
    {
        if (cells.Count >= header.Count)
        {
            var at = header.Rate!.Value + (cells.Count - header.Count);
            if (PercentParser.Parse(cells[at]) is not null)
            {
                return at;
            }
        }
        var found = cells.FindIndex(c => PercentParser.Parse(c) is not null);
        return found >= 0 ? found : null;
    }

    private static decimal? CellNumber(List<string> cells, int index) =>
        index >= 0 && index < cells.Count ? ScoreNumber.Parse(cells[index]) : null;
}
