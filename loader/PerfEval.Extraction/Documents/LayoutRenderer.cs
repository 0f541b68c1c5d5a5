using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Lays a structured document out as text. A paragraph is a line; a table row is a line of TAB-separated
/// fields, one per grid column (spanned and vertically merged positions stay empty), so every cell's offset
/// indexes into the text. A table nested in a cell is written inline in that cell, its cells space-separated.
/// </summary>
internal sealed partial class LayoutRenderer
{
    private const int UnitHintLookbackLines = 3;

    private readonly StringBuilder _text = new();
    private readonly List<TextTable> _tables = [];
    private readonly List<(int Start, int End)> _realTableSpans = [];
    private int _page = 1;

    public static ReportText Render(string sourceName, string format, IReadOnlyList<LayoutBlock> blocks, IReadOnlyList<string> notes)
    {
        var renderer = new LayoutRenderer();
        foreach (var block in blocks)
        {
            renderer.WriteBlock(block);
        }
        var text = renderer._text.ToString();
        var lines = TextLineSplitter.Split(text);
        var tables = renderer._tables
            .Concat(DetectTextTablesOutside(text, renderer._realTableSpans))
            .OrderBy(t => t.Offset)
            .Select((t, i) => t with { Index = i })
            .ToList();
        return new ReportText
        {
            SourceName = sourceName,
            Format = format,
            Text = text,
            Lines = lines,
            Tables = tables,
            Notes = notes,
        };
    }

    private void WriteBlock(LayoutBlock block)
    {
        switch (block)
        {
            case LayoutParagraph paragraph:
                if (paragraph.PageBreakBefore)
                {
                    Append("\f");
                }
                Append(TextNormalizer.Normalize(paragraph.Text));
                Append("\n");
                break;
            case LayoutTable table:
                WriteTable(table);
                break;
            default:
                throw new InvalidOperationException($"Unknown layout block {block.GetType().Name}");
        }
    }

    private void WriteTable(LayoutTable table)
    {
        var start = _text.Length;
        var page = _page;
        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = new List<TableCell>(row.Cells.Count);
            var byColumn = row.Cells.ToDictionary(c => c.Column);
            for (var column = 0; column < table.ColumnCount; column++)
            {
                if (column > 0)
                {
                    _text.Append('\t');
                }
                if (byColumn.TryGetValue(column, out var cell))
                {
                    var offset = _text.Length;
                    WriteCellContent(cell.Content);
                    cells.Add(new TableCell(_text.ToString(offset, _text.Length - offset), offset, cell.ColSpan, cell.RowSpan));
                }
            }
            _text.Append('\n');
            rows.Add(new TableRow(cells));
        }
        _realTableSpans.Add((start, _text.Length));
        _tables.Add(new TextTable(0, start, page, rows) { UnitHint = FindUnitHint(start, rows) });
    }

    /// <summary>Writes a cell's paragraphs and nested tables on one line, space-separated.</summary>
    private void WriteCellContent(IReadOnlyList<LayoutBlock> content)
    {
        foreach (var block in content)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    WriteInline(paragraph.Text);
                    break;
                case LayoutTable table:
                    WriteNestedTable(table);
                    break;
            }
        }
    }

    private void WriteNestedTable(LayoutTable table)
    {
        var start = _text.Length;
        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = new List<TableCell>(row.Cells.Count);
            foreach (var cell in row.Cells.OrderBy(c => c.Column))
            {
                SeparateInline();
                var offset = _text.Length;
                WriteCellContent(cell.Content);
                cells.Add(new TableCell(_text.ToString(offset, _text.Length - offset), offset, cell.ColSpan, cell.RowSpan));
            }
            rows.Add(new TableRow(cells));
        }
        _tables.Add(new TextTable(0, start, _page, rows));
    }

    private void WriteInline(string text)
    {
        var cleaned = CollapseBreaks(TextNormalizer.Normalize(text)).Trim();
        if (cleaned.Length == 0)
        {
            return;
        }
        SeparateInline();
        _text.Append(cleaned);
    }

    /// <summary>Inside a cell one space separates pieces, so the row stays one line of tab-separated fields.</summary>
    private void SeparateInline()
    {
        if (_text.Length > 0 && _text[^1] is not ('\t' or '\n' or ' '))
        {
            _text.Append(' ');
        }
    }

    private static string CollapseBreaks(string text) =>
        text.AsSpan().IndexOfAny("\t\n\f") < 0 ? text : text.Replace('\t', ' ').Replace('\n', ' ').Replace('\f', ' ');

    private void Append(string text)
    {
        _page += text.AsSpan().Count('\f');
        _text.Append(text);
    }

    /// <summary>A unit stated just before the table (单位：万元) or in its first row applies to all its cells.</summary>
    private string? FindUnitHint(int tableStart, List<TableRow> rows)
    {
        foreach (var cell in rows.Count > 0 ? rows[0].Cells : [])
        {
            var inRow = UnitPattern().Match(cell.Text);
            if (inRow.Success)
            {
                return inRow.Value;
            }
        }
        var end = tableStart;
        for (var looked = 0; looked < UnitHintLookbackLines && end > 0; looked++)
        {
            var lineStart = end - 1;
            while (lineStart > 0 && _text[lineStart - 1] != '\n')
            {
                lineStart--;
            }
            var line = _text.ToString(lineStart, end - 1 - lineStart);
            var match = UnitPattern().Match(line);
            if (match.Success)
            {
                return match.Value;
            }
            end = lineStart;
        }
        return null;
    }

    private static IEnumerable<TextTable> DetectTextTablesOutside(string text, List<(int Start, int End)> realTableSpans)
    {
        var masked = text;
        if (realTableSpans.Count > 0)
        {
            // Blank the real tables out (same length, line breaks kept) so offsets still index into the text.
            var chars = text.ToCharArray();
            foreach (var (start, end) in realTableSpans)
            {
                for (var i = start; i < end; i++)
                {
                    if (chars[i] != '\n')
                    {
                        chars[i] = ' ';
                    }
                }
            }
            masked = new string(chars);
        }
        return TextTableDetector.Detect(masked, TextLineSplitter.Split(masked));
    }

    [GeneratedRegex(@"(?:金额|计量)?单位\s*[:：]\s*(?:人民币)?\s*(?:亿元|万元|千元|元)")]
    private static partial Regex UnitPattern();
}
