using System.Runtime.CompilerServices;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Walks the tables of a document looking for scoring headers (分值 + 得分 beside indicator or budget
/// columns) and reads the rows under them: the 预算执行率 row under the budget header, indicator rows
/// (carrying merged first- and second-level names down), and the 总分 row that closes the section.
/// </summary>
internal static class ScoringTableScanner
{
    // Several rules read the same scan; documents are immutable, so the scan is kept as long as the document lives.
    private static readonly ConditionalWeakTable<ReportText, ScoringTableScan> Scans = [];

    public static ScoringTableScan Scan(ReportText report) => Scans.GetValue(report, Read);

    private static ScoringTableScan Read(ReportText report)
    {
        var scan = new ScoringTableScan();
        ScanTables(report, report.Tables, scan);
        if (scan.Rows.Count == 0 && scan.TotalPoints is null && CellStreamTable.Build(report) is { } stream)
        {
            ScanTables(report, [stream], scan);
        }
        return scan;
    }

    private static void ScanTables(ReportText report, IReadOnlyList<TextTable> tables, ScoringTableScan scan)
    {
        var executionRows = new List<IndicatorRow>();
        foreach (var table in tables)
        {
            ScoringColumns? header = null;
            var carry = new LevelCarry();
            foreach (var row in table.Rows.Select(GridRows.Expand))
            {
                var texts = row.Cells.Select(c => c.Text).ToList();
                if (texts.TrueForAll(t => t.Length == 0))
                {
                    continue;
                }
                var found = ScoringColumns.FromHeader(texts);
                if (found is not null)
                {
                    header = found;
                    carry = new LevelCarry();
                    scan.HeaderEvidence ??= found.IsExecutionHeader ? null : EvidenceSpans.OfRow(report.Text, row);
                    continue;
                }
                if (header is null)
                {
                    continue;
                }
                var first = texts.Find(t => t.Length > 0)!;
                if (IndicatorNames.IsTotalLabel(first))
                {
                    ReadTotal(report.Text, row, header, scan);
                    header = null;
                    continue;
                }
                if (header.IsExecutionHeader)
                {
                    if (texts.Exists(t => t.Any(char.IsAsciiDigit)))
                    {
                        executionRows.Add(ExecutionRowReader.Read(report.Text, row, header, scan.Issues));
                    }
                    header = null;
                    continue;
                }
                var indicator = IndicatorRowReader.Read(report.Text, row, header, carry, scan.Issues);
                if (indicator is not null)
                {
                    scan.Rows.Add(indicator);
                }
            }
        }
        // A budget-header execution row and an indicator row named 预算执行率 are the same ten points.
        if (!scan.Rows.Exists(r => r.IsExecutionRate))
        {
            scan.Rows.InsertRange(0, executionRows);
        }
    }

    private static void ReadTotal(string text, TableRow row, ScoringColumns header, ScoringTableScan scan)
    {
        var cells = row.Cells;
        decimal? points = null;
        decimal? weight = null;
        if (cells.Count >= header.Count)
        {
            var shift = cells.Count - header.Count;
            points = ScoreNumber.Parse(cells[header.Points + shift].Text);
            weight = ScoreNumber.Parse(cells[header.Weight + shift].Text);
        }
        if (points is null)
        {
            var numbers = cells.Skip(1).Select(c => ScoreNumber.Parse(c.Text)).Where(n => n is not null).ToList();
            if (numbers.Count >= 2)
            {
                (weight, points) = (numbers[0], numbers[^1]);
            }
            else if (numbers.Count == 1)
            {
                points = numbers[0];
            }
        }
        var evidence = EvidenceSpans.OfRow(text, row);
        if (points is null)
        {
            scan.Issues.Add(new ExtractionIssue("scoring_total_unreadable", "The scoring table's total row states no readable points.", evidence));
            return;
        }
        scan.TotalPoints ??= points;
        scan.TotalWeight ??= weight;
        scan.TotalEvidence ??= evidence;
    }
}
