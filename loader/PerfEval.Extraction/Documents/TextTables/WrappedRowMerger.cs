using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Puts back together the rows of a table printed to PDF whose narrow cells wrapped: pdftotext -layout writes
/// each printed line of the table as a line of text, so one row of a 自评表 comes out as
/// <c>产出指标 数量指标 安全隐患 55 次 … 15 15</c> followed by <c>（50 排查次数</c>, and a wrapped figure as
/// <c>454394</c> over <c>00.00</c>. A line continues the row above when every piece of it stands under a cell of
/// the line above that fills its column (text wraps only when the cell is full); otherwise it starts a row.
/// pdftotext places each piece at the column of its x position and pads with spaces up to it, so a piece's
/// index in its line is its column; its text is as wide as its characters, a Chinese one two columns.
/// </summary>
internal static partial class WrappedRowMerger
{
    /// <summary>A cell that ends this close to where the next cell starts filled its column (padding and rounding).</summary>
    private const int MaxGapOfFullCell = 3;

    private const int MaxPiecesOfLabelTail = 2;

    /// <param name="physicalLines">The table's lines, then the lines after it that may hold its last row's wrapped text.</param>
    /// <param name="tableLines">How many of <paramref name="physicalLines"/> are the table's; the rest are taken only while they continue it.</param>
    public static IReadOnlyList<TableRow> Merge(IReadOnlyList<TextLine> physicalLines, int tableLines)
    {
        var rows = new List<List<CellDraft>>();
        List<PlacedField>? above = null;
        for (var index = 0; index < physicalLines.Count; index++)
        {
            var line = physicalLines[index];
            if (TextLineKinds.IsBlank(line.Content))
            {
                if (index >= tableLines)
                {
                    break;
                }
                above = null;
                continue;
            }
            var fields = Place(line);
            var placed = new List<PlacedField>(fields.Count);
            var continues = above is not null && IsContinuation(fields, above);
            if (index >= tableLines && !continues)
            {
                break;
            }
            if (continues)
            {
                foreach (var field in fields)
                {
                    var owner = Beneath(field, above!)!.Owner!;
                    owner.Append(field);
                    // A cell that wrapped once is full to its width: more text under it goes on wrapping.
                    placed.Add(field with { Owner = owner, Filled = true });
                }
            }
            else
            {
                var row = new List<CellDraft>();
                foreach (var field in fields)
                {
                    // The second half of a wrapped label spanning rows ("产出指标（50" … "分）") lands on the next row's line.
                    var open = above?.FirstOrDefault(g => Overlaps(field, g) && g.Owner!.HasOpenBracket);
                    if (open is not null)
                    {
                        open.Owner!.Append(field);
                        placed.Add(field with { Owner = open.Owner });
                        continue;
                    }
                    var cell = new CellDraft(field);
                    row.Add(cell);
                    placed.Add(field with { Owner = cell });
                }
                if (row.Count > 0)
                {
                    rows.Add(row);
                }
            }
            above = placed;
        }
        return [.. rows.Select(r => new TableRow([.. r.Select(c => new TableCell(c.Text, c.Offset))]))];
    }

    private static List<PlacedField> Place(TextLine line)
    {
        var split = FlattenedRowTableReader.Split(line.Content);
        var fields = new List<PlacedField>(split.Count);
        for (var i = 0; i < split.Count; i++)
        {
            var (text, start) = split[i];
            var width = DisplayWidth(text);
            // The last cell of a line: nothing to its right tells whether it was full, so let text under it continue it.
            var filled = i == split.Count - 1 || split[i + 1].Start - (start + width) <= MaxGapOfFullCell;
            fields.Add(new PlacedField(text, line.Offset + start, start, width, filled, null));
        }
        return fields;
    }

    /// <summary>
    /// Every piece stands under a cell of the line above, none where a label would have to wrap into a figure,
    /// and most under cells that were full. A header's merged first cell is wide and not full ("年度资金" over
    /// "（万元）"), so one piece under a cell with room to spare does not start a row; two stacked rows of short
    /// cells ("—", "0.00") have most of their pieces under cells with room.
    /// </summary>
    private static bool IsContinuation(List<PlacedField> fields, List<PlacedField> above)
    {
        if (fields.Count == 0)
        {
            return false;
        }
        var underFull = 0;
        foreach (var field in fields)
        {
            var cell = Beneath(field, above);
            if (cell is null || !CanWrapInto(cell.Text, field.Text) || !cell.Owner!.Fits(field))
            {
                return false;
            }
            // A unit under its figure shows the cell was full, though a Chinese character's width of room was left.
            underFull += cell.Filled || IsUnitOf(cell.Text, field.Text) ? 1 : 0;
        }
        // A label's last characters alone on a line ("年度资金总" over "额"): figures centred in their columns leave
        // a wide gap after a full label cell.
        var labelTail = fields.Count <= MaxPiecesOfLabelTail && fields.All(f => !IsFigureStart(f.Text) && !IsFigureStart(Beneath(f, above)!.Text));
        return underFull * 2 > fields.Count || labelTail;
    }

    private static bool IsFigureStart(string text) => text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '.');

    /// <summary>The cell of the line above that a piece overlaps most.</summary>
    private static PlacedField? Beneath(PlacedField field, List<PlacedField> above) =>
        above.Where(g => Overlaps(field, g)).MaxBy(g => Math.Min(field.Column + field.Width, g.Column + g.Width) - Math.Max(field.Column, g.Column));

    /// <summary>
    /// A label does not wrap into a figure, nor a figure into a dash or a word, except its unit ("10529" over
    /// "平方米"). A figure with two decimals or a percent sign is whole, so a figure under it is the next row's
    /// ("130,544.92" over "41,387.84"); one decimal may have been cut ("2452.1" over "6").
    /// </summary>
    private static bool CanWrapInto(string above, string below)
    {
        var belowIsFigure = IsFigureStart(below);
        if (WrappedNumber().IsMatch(above))
        {
            return belowIsFigure ? !WholeFigure().IsMatch(above) : IsUnitOf(above, below);
        }
        return !belowIsFigure || above.Any(char.IsAsciiDigit);
    }

    private static bool IsUnitOf(string above, string below) => WrappedNumber().IsMatch(above) && MeasureUnit().IsMatch(below);

    private static bool Overlaps(PlacedField a, PlacedField b) => a.Column < b.Column + b.Width && b.Column < a.Column + a.Width;

    private static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += CharWidth(c);
        }
        return width;
    }

    private static int CharWidth(char c) => c >= '\u1100' && !char.IsWhiteSpace(c) ? 2 : 1;

    private sealed record PlacedField(string Text, int Offset, int Column, int Width, bool Filled, CellDraft? Owner);

    private sealed class CellDraft(PlacedField first)
    {
        private int left = first.Column;
        private int right = first.Column + first.Width;

        public string Text { get; private set; } = first.Text;
        public int Offset { get; } = first.Offset;

        public bool HasOpenBracket =>
            Text.Count(c => c is '（' or '(') > Text.Count(c => c is '）' or ')');

        /// <summary>Wrapped text stays inside its cell's column; a line of prose after the table runs past it.</summary>
        public bool Fits(PlacedField field) =>
            field.Column >= left - MaxGapOfFullCell && field.Column + field.Width <= right + MaxGapOfFullCell;

        public void Append(PlacedField field)
        {
            Text = WrappedNumber().IsMatch(Text + field.Text) ? Text + field.Text : TextLineKinds.Join(Text, field.Text);
            left = Math.Min(left, field.Column);
            right = Math.Max(right, field.Column + field.Width);
        }
    }

    [GeneratedRegex(@"(?:\.\d{2,}|%)$")]
    private static partial Regex WholeFigure();

    [GeneratedRegex("^(?:平方米|平方公里|平方|公里|千米|米|人次|人|户|次|个|件|场|所|家|项|台|套|辆|亩|吨|天|日|小时|万元|元|册|份|条|座|处|间|张|名|位|批|期|栋|㎡)$")]
    private static partial Regex MeasureUnit();

    /// <summary>A figure split over two lines of a narrow cell joins without a space.</summary>
    [GeneratedRegex(@"^[-+]?\d[\d,]*(?:\.\d+)?%?$")]
    private static partial Regex WrappedNumber();
}
