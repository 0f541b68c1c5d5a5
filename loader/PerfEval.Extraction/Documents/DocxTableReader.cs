using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Resolves a Word table onto its grid: gridSpan becomes ColSpan, a vMerge "continue" cell is folded into the
/// RowSpan of the cell that restarted the merge above it, gridBefore shifts a row right.
/// </summary>
internal static class DocxTableReader
{
    public static LayoutTable Read(Table table, int depth)
    {
        var rows = new List<List<MutableCell>>();
        var mergeOwners = new Dictionary<int, MutableCell>();
        var width = 0;
        foreach (var row in RowsOf(table))
        {
            var cells = new List<MutableCell>();
            var column = (int?)row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var tc in CellsOf(row))
            {
                var properties = tc.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && mergeOwners.TryGetValue(column, out var owner))
                {
                    owner.RowSpan++;
                }
                else
                {
                    var cell = new MutableCell(column, span, DocxBlockReader.ReadBlocks(tc, depth + 1));
                    cells.Add(cell);
                    if (merge is not null)
                    {
                        mergeOwners[column] = cell;
                    }
                    else
                    {
                        mergeOwners.Remove(column);
                    }
                }
                column += span;
            }
            width = Math.Max(width, column);
            rows.Add(cells);
        }
        var layoutRows = rows
            .Select(r => new LayoutRow(r.Select(c => new LayoutCell(c.Column, c.ColSpan, c.RowSpan, c.Content)).ToList()))
            .ToList();
        return new LayoutTable(width, layoutRows);
    }

    /// <summary>The table's own rows in order, including rows wrapped in content controls or custom XML.</summary>
    private static IEnumerable<WordRow> RowsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (var wrapped in RowsOf(child))
                {
                    yield return wrapped;
                }
            }
        }
    }

    private static IEnumerable<WordCell> CellsOf(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (var wrapped in CellsOf(child))
                {
                    yield return wrapped;
                }
            }
        }
    }

    private sealed class MutableCell(int column, int colSpan, IReadOnlyList<LayoutBlock> content)
    {
        public int Column { get; } = column;

        public int ColSpan { get; } = colSpan;

        public int RowSpan { get; set; } = 1;

        public IReadOnlyList<LayoutBlock> Content { get; } = content;
    }
}
