using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>Builds evidence quoted verbatim from the document text.</summary>
internal static class EvidenceSpans
{
    private const int MaxQuote = 160;

    public static Evidence Of(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, Math.Min(text.Length, start + MaxQuote));
        return new Evidence(start, text[start..end]);
    }

    /// <summary>From the first to the last non-empty cell of a row.</summary>
    public static Evidence OfRow(string text, TableRow row)
    {
        var cells = row.Cells.Where(c => c.Text.Length > 0).ToList();
        if (cells.Count == 0)
        {
            return Of(text, row.Cells.Count > 0 ? row.Cells[0].Offset : 0, 0);
        }
        var last = cells.MaxBy(c => c.Offset)!;
        return Of(text, cells.Min(c => c.Offset), last.Offset + last.Text.Length);
    }

    /// <summary>Where the tables lie in the text, so narrative rules can skip table text.</summary>
    public static IReadOnlyList<(int Start, int End)> TableRanges(ReportText report) =>
        [.. report.Tables.Select(t =>
        {
            var end = t.Rows.SelectMany(r => r.Cells).Select(c => c.Offset + c.Text.Length).DefaultIfEmpty(t.Offset).Max();
            return (t.Offset, end);
        })];

    public static bool InAny(IReadOnlyList<(int Start, int End)> ranges, int offset) =>
        ranges.Any(r => offset >= r.Start && offset < r.End);
}
