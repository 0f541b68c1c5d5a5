using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>Staffing counts from a 基础数据表: a header row naming 编制数 and 实际在职人数 over a row of counts.</summary>
internal static partial class StaffTableReader
{
    public static IReadOnlyList<StaffFigure> Read(ReportText report)
    {
        var found = new List<StaffFigure>();
        foreach (var table in report.Tables)
        {
            for (var r = 0; r + 1 < table.Rows.Count; r++)
            {
                var header = table.Rows[r].Cells.Select(c => Measure(c.Text)).ToList();
                if (!header.Contains(StaffMeasure.Posts) && !header.Contains(StaffMeasure.Serving))
                {
                    continue;
                }
                var row = table.Rows[r + 1];
                var cells = row.Cells.Count == header.Count
                    ? row.Cells.ToList()
                    : AlignCounts(header, row);
                for (var i = 0; i < Math.Min(cells.Count, header.Count); i++)
                {
                    if (header[i] is { } measure && int.TryParse(cells[i].Text.Trim().TrimEnd('人', '名'), out var count))
                    {
                        found.Add(new StaffFigure(measure, count, null, new Evidence(cells[i].Offset, $"{table.Rows[r].Cells[i].Text.Trim()} {cells[i].Text.Trim()}")));
                    }
                }
            }
        }
        return found;
    }

    // Cells lost: pad the counts on the left so the last count lines up with the last header.
    private static List<TableCell> AlignCounts(List<StaffMeasure?> header, TableRow row)
    {
        var figures = row.Cells.Where(c => c.Text.Trim().Length > 0).ToList();
        var padding = header.Count - figures.Count;
        return padding < 0 ? figures : [.. Enumerable.Repeat(new TableCell(string.Empty, 0), padding), .. figures];
    }

    private static StaffMeasure? Measure(string header)
    {
        var compact = WhiteSpace().Replace(header, string.Empty);
        if (compact.Length > 16 || compact.Contains("控制", StringComparison.Ordinal))
        {
            return null;
        }
        return compact switch
        {
            _ when PostsHeader().IsMatch(compact) => StaffMeasure.Posts,
            _ when ServingHeader().IsMatch(compact) => StaffMeasure.Serving,
            _ when compact.Contains("退休", StringComparison.Ordinal) => StaffMeasure.Retired,
            _ => null,
        };
    }

    [GeneratedRegex(@"编制数|核定编制|编制人数")]
    private static partial Regex PostsHeader();

    [GeneratedRegex(@"在职人数|实有人数|实有人员|在职人员|在编人数")]
    private static partial Regex ServingHeader();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
