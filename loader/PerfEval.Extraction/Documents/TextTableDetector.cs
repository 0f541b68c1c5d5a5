using PerfEval.Extraction.Documents.TextTables;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Recognises tables laid out in plain text (txt files, pdftotext -layout output) in five shapes: one cell
/// per line behind a tab with blank lines between rows (Word's text export), pipe tables, rows flattened
/// onto one line, figures glued together without separators (split only when the figures check out), and whole
/// tables glued line by line under a header of known column titles.
/// </summary>
public static class TextTableDetector
{
    public static IReadOnlyList<TextTable> Detect(string text, IReadOnlyList<TextLine> lines, bool laidOut = false) => DetectWithNotes(text, lines, laidOut).Tables;

    /// <summary>The tables plus notes on what could not be resolved (glued figures left as written).</summary>
    /// <param name="laidOut">pdftotext -layout output: a table's wrapped cells are joined back by their columns.</param>
    public static TextTableDetection DetectWithNotes(string text, IReadOnlyList<TextLine> lines, bool laidOut = false)
    {
        var tables = new List<TextTable>();
        var notes = new List<string>();
        var i = 0;
        while (i < lines.Count)
        {
            var draft = TabCellTableReader.TryRead(lines, i, out var afterTabRun);
            if (draft is null && afterTabRun > i + 1)
            {
                i = afterTabRun;
                continue;
            }
            draft ??= PipeTableReader.TryRead(lines, i)
                ?? TabSeparatedTableReader.TryRead(lines, i)
                ?? FlattenedRowTableReader.TryRead(lines, i, laidOut)
                ?? GluedLineTableReader.TryRead(lines, i, notes);
            if (draft is null)
            {
                i++;
                continue;
            }
            var rows = GluedRowRepair.Repair(text, draft.Rows, notes);
            var first = lines[draft.FirstLine];
            tables.Add(new TextTable(tables.Count, first.Offset, first.Page, rows)
            {
                UnitHint = TableUnitHint.Find(lines, draft.FirstLine, rows),
            });
            i = Math.Max(draft.NextLine, i + 1);
        }
        return new TextTableDetection(tables, notes);
    }
}

public sealed record TextTableDetection(IReadOnlyList<TextTable> Tables, IReadOnlyList<string> Notes);
