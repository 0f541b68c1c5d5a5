using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>The stretches of text that tables occupy, so running-text rules do not read table cells twice.</summary>
internal sealed class TableSpans
{
    private readonly List<(int Start, int End)> spans;

    private TableSpans(List<(int Start, int End)> spans) => this.spans = spans;

    public static TableSpans Of(ReportText report)
    {
        var spans = new List<(int, int)>();
        foreach (var table in report.Tables)
        {
            var cells = table.Rows.SelectMany(r => r.Cells).Where(c => c.Text.Length > 0).ToList();
            if (cells.Count == 0)
            {
                continue;
            }
            var start = Math.Min(table.Offset, cells.Min(c => c.Offset));
            var end = cells.Max(c => c.Offset + c.Text.Length);
            spans.Add((start, end));
        }
        return new TableSpans(spans);
    }

    public bool Contains(int offset) => spans.Any(s => offset >= s.Start && offset < s.End);

    /// <summary>Whether a stretch lies entirely inside one table.</summary>
    public bool Covers(int start, int end) => spans.Any(s => start >= s.Start && end <= s.End);
}
