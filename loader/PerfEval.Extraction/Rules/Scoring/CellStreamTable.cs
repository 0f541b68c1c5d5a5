using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Documents.TextTables;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Rebuilds a scoring table from text where every cell stands on its own line but nothing marks the rows
/// (pdftotext of a tab-laid document, text copied from a PDF viewer or a web page). Rows are cut where a
/// weight and its points close them: a run of numbers whose last two can be a weight and its points.
/// Wrapped cell text (a short, unindented line after an indented one) is joined back to its cell.
/// </summary>
internal static partial class CellStreamTable
{
    private const int MaxHeaderCell = 16;
    private const int MaxHeaderCells = 12;
    private const int MaxFragment = 12;
    private const int MaxSectionCells = 400;

    public static TextTable? Build(ReportText report)
    {
        // A scoring header names both the points and the weight; without them there is nothing to rebuild.
        var text = report.Text;
        if (!text.Contains("得分", StringComparison.Ordinal) || !(text.Contains("分值", StringComparison.Ordinal) || text.Contains("权重", StringComparison.Ordinal)))
        {
            return null;
        }
        var cells = StreamCells(report.Lines);
        var rows = new List<TableRow>();
        var i = 0;
        while (i < cells.Count)
        {
            var headerEnd = HeaderEnd(cells, i);
            var columns = headerEnd > i ? ScoringColumns.FromHeader([.. cells[i..headerEnd].Select(c => c.Text)]) : null;
            if (columns is null)
            {
                i++;
                continue;
            }
            rows.Add(new TableRow(cells[i..headerEnd]));
            i = columns.IsExecutionHeader ? ReadExecutionRow(cells, headerEnd, columns, rows) : ReadIndicatorRows(cells, headerEnd, rows);
        }
        return rows.Count == 0 ? null : new TextTable(report.Tables.Count, rows[0].Cells[0].Offset, 1, rows);
    }

    private static List<TableCell> StreamCells(IReadOnlyList<TextLine> lines)
    {
        var cells = new List<TableCell>();
        var previousIndented = false;
        foreach (var line in lines)
        {
            var content = line.Content;
            var (text, at) = TextLineKinds.Trim(content, 0, content.Length);
            if (text.Length == 0)
            {
                continue;
            }
            // A page break (form feed) before a line is not indentation.
            var indented = content.AsSpan(0, at).TrimStart('\f').Length > 0;
            if (!indented && previousIndented && cells.Count > 0 && text.Length <= MaxFragment && !IsFigure(text))
            {
                var last = cells[^1];
                cells[^1] = last with { Text = TextLineKinds.Join(last.Text, text) };
                continue;
            }
            cells.Add(new TableCell(text, line.Offset + at));
            previousIndented = indented;
        }
        return cells;
    }

    /// <summary>End (exclusive) of a header starting at <paramref name="start"/>: short header words up to 得分/分值, plus a deviation column.</summary>
    private static int HeaderEnd(List<TableCell> cells, int start)
    {
        var last = -1;
        for (var j = start; j < cells.Count && j - start < MaxHeaderCells; j++)
        {
            var text = cells[j].Text;
            if (text.Length > MaxHeaderCell || !HeaderWord().IsMatch(text))
            {
                break;
            }
            if (text.Contains("得分", StringComparison.Ordinal) || text.Contains("分值", StringComparison.Ordinal) || text.Contains("权重", StringComparison.Ordinal))
            {
                last = j;
            }
        }
        if (last < 0)
        {
            return start;
        }
        var end = last + 1;
        return end < cells.Count && DeviationWord().IsMatch(cells[end].Text) && cells[end].Text.Length <= MaxHeaderCell ? end + 1 : end;
    }

    private static int ReadExecutionRow(List<TableCell> cells, int start, ScoringColumns columns, List<TableRow> rows)
    {
        for (var k = start; k < cells.Count && k - start < MaxHeaderCells; k++)
        {
            if (PercentParser.Parse(cells[k].Text) is null)
            {
                continue;
            }
            var end = Math.Min(cells.Count, k + Math.Max(0, Math.Max(columns.Weight, columns.Points) - columns.Rate!.Value) + 1);
            rows.Add(new TableRow(cells[start..end]));
            return end;
        }
        return start;
    }

    private static int ReadIndicatorRows(List<TableCell> cells, int start, List<TableRow> rows)
    {
        var segment = start;
        var k = start;
        while (k < cells.Count && k - start < MaxSectionCells)
        {
            var text = cells[k].Text;
            if (IndicatorNames.IsTotalLabel(text))
            {
                var end = k + 1;
                while (end < cells.Count && ScoreNumber.Parse(cells[end].Text) is not null)
                {
                    end++;
                }
                rows.Add(new TableRow(cells[k..end]));
                return end;
            }
            if (text.Length > 40 || text.Contains('。', StringComparison.Ordinal))
            {
                return k;
            }
            var runEnd = k;
            while (runEnd < cells.Count && ScoreNumber.Parse(cells[runEnd].Text) is not null)
            {
                runEnd++;
            }
            if (runEnd - k >= 2 && IsWeightAndPoints(cells[runEnd - 2].Text, cells[runEnd - 1].Text))
            {
                rows.Add(new TableRow(cells[segment..runEnd]));
                segment = runEnd;
                k = runEnd;
                continue;
            }
            k = Math.Max(k + 1, runEnd);
        }
        return k;
    }

    private static bool IsFigure(string text) => ScoreNumber.Parse(text) is not null || PercentParser.Parse(text) is not null;

    private static bool IsWeightAndPoints(string weight, string points) =>
        ScoreNumber.Parse(weight) is { } w && ScoreNumber.Parse(points) is { } p && w is > 0 and <= 100 && p >= 0 && p <= w;

    [GeneratedRegex("指标|分值|权重|得分|评分|预算|执行|完成值|实际|偏差|原因|备注|目标|名称")]
    private static partial Regex HeaderWord();

    [GeneratedRegex("偏差|原因|备注|说明|改进")]
    private static partial Regex DeviationWord();
}
