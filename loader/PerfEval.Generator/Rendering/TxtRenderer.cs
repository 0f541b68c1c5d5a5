using System.Text;
using PerfEval.Generator.Documents;

namespace PerfEval.Generator.Rendering;

/// <summary>Writes a <see cref="Doc"/> as plain text, tables in the given shape, recording each mark's offset.</summary>
public static class TxtRenderer
{
    public static RenderedText Render(Doc doc, TableShape shape)
    {
        var text = new StringBuilder(8192);
        var marks = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case DocParagraph paragraph:
                    foreach (var span in paragraph.Spans)
                    {
                        Mark(marks, span.Mark, text.Length, span.Text);
                        text.Append(span.Text);
                    }
                    text.Append('\n');
                    break;
                case DocTable table:
                    RenderTable(text, marks, table, shape);
                    break;
            }
        }
        return new RenderedText(text.ToString(), marks);
    }

    private static void RenderTable(StringBuilder text, Dictionary<string, (int, string)> marks, DocTable table, TableShape shape)
    {
        foreach (var row in table.Rows)
        {
            switch (shape)
            {
                case TableShape.TabCells:
                    foreach (var cell in row)
                    {
                        text.Append('\t');
                        Mark(marks, cell.Mark, text.Length, cell.Text);
                        text.Append(cell.Text).Append('\n');
                    }
                    text.Append('\n');
                    break;
                case TableShape.Pipes:
                    text.Append('|');
                    foreach (var cell in row)
                    {
                        Mark(marks, cell.Mark, text.Length, cell.Text);
                        text.Append(cell.Text).Append('|', cell.ColSpan);
                    }
                    text.Append('\n');
                    break;
                case TableShape.TabbedLines:
                    for (var i = 0; i < row.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append('\t');
                        }
                        Mark(marks, row[i].Mark, text.Length, row[i].Text);
                        text.Append(row[i].Text);
                    }
                    text.Append('\n');
                    break;
                default:
                    var first = true;
                    foreach (var cell in row.Where(c => c.Text.Length > 0))
                    {
                        if (!first && shape == TableShape.Flattened)
                        {
                            text.Append(' ');
                        }
                        first = false;
                        Mark(marks, cell.Mark, text.Length, cell.Text);
                        text.Append(cell.Text);
                    }
                    text.Append('\n');
                    break;
            }
        }
    }

    private static void Mark(Dictionary<string, (int, string)> marks, string? mark, int offset, string quote)
    {
        if (mark is not null)
        {
            marks.TryAdd(mark, (offset, quote));
        }
    }
}
