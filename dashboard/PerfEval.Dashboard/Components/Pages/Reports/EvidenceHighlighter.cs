using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Pages.Reports;

/// <summary>A run of the source text; Marks is empty for plain text, else the evidence it highlights.</summary>
public sealed record TextSegment(string Text, int Offset, IReadOnlyList<EvidenceHighlight> Marks);

/// <summary>
/// Splits a report's text into plain and highlighted runs at the evidence offsets. Evidence whose quote is not
/// at its offset is not placed (returned as unplaced), never guessed; overlapping evidence shares one mark.
/// The runs are plain strings: the page HTML-encodes them like any other text.
/// </summary>
public static class EvidenceHighlighter
{
    public static (IReadOnlyList<TextSegment> Segments, IReadOnlyList<EvidenceHighlight> Unplaced) Split(string text, IReadOnlyList<EvidenceHighlight> evidence)
    {
        var placed = new List<EvidenceHighlight>();
        var unplaced = new List<EvidenceHighlight>();
        foreach (var e in evidence)
        {
            var fits = e.Quote.Length > 0 && e.Offset >= 0 && e.Offset + e.Quote.Length <= text.Length
                && string.CompareOrdinal(text, e.Offset, e.Quote, 0, e.Quote.Length) == 0;
            (fits ? placed : unplaced).Add(e);
        }

        var segments = new List<TextSegment>();
        var position = 0;
        foreach (var group in Merge(placed.OrderBy(e => e.Offset).ThenByDescending(e => e.Quote.Length)))
        {
            if (group.Start > position)
            {
                segments.Add(new TextSegment(text[position..group.Start], position, []));
            }
            segments.Add(new TextSegment(text[group.Start..group.End], group.Start, group.Marks));
            position = group.End;
        }
        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], position, []));
        }
        return (segments, unplaced);
    }

    private static IEnumerable<(int Start, int End, List<EvidenceHighlight> Marks)> Merge(IEnumerable<EvidenceHighlight> sorted)
    {
        (int Start, int End, List<EvidenceHighlight> Marks)? current = null;
        foreach (var e in sorted)
        {
            var end = e.Offset + e.Quote.Length;
            if (current is { } c && e.Offset < c.End)
            {
                c.Marks.Add(e);
                current = (c.Start, Math.Max(c.End, end), c.Marks);
                continue;
            }
            if (current is { } done)
            {
                yield return done;
            }
            current = (e.Offset, end, [e]);
        }
        if (current is { } last)
        {
            yield return last;
        }
    }
}
