using System.Xml.Linq;
using static PerfEval.Extraction.Documents.DocxNames;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Resolves a Word table onto its grid: gridSpan becomes ColSpan, a vMerge "continue" cell is folded into the
/// RowSpan of the cell that restarted the merge above it, gridBefore shifts a row right.
/// </summary>
internal static class DocxTableReader
{
    /// <summary>Spans beyond this are hostile or broken; Word's own limit is 63 columns.</summary>
    private const int MaxSpan = 64;

    public static LayoutTable Read(XElement table, DocxContext context, int depth)
    {
        var rows = new List<List<MutableCell>>();
        var mergeOwners = new Dictionary<int, MutableCell>();
        var width = 0;
        foreach (var row in Children(table, Row))
        {
            var cells = new List<MutableCell>();
            var column = Math.Clamp(IntVal(row.Element(RowProperties)?.Element(GridBefore), 0), 0, MaxSpan);
            foreach (var tc in Children(row, Cell))
            {
                var properties = tc.Element(CellProperties);
                var span = Math.Clamp(IntVal(properties?.Element(GridSpan), 1), 1, MaxSpan);
                var merge = properties?.Element(VerticalMerge);
                var continues = merge is not null && (string?)merge.Attribute(Val) is null or "continue";
                if (continues && mergeOwners.TryGetValue(column, out var owner))
                {
                    owner.RowSpan++;
                }
                else
                {
                    var cell = new MutableCell(column, span, DocxBlockReader.ReadBlocks(tc, context, depth + 1));
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

    /// <summary>The container's own rows or cells in order, including those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<XElement> Children(XElement container, XName name)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == name)
            {
                yield return child;
            }
            else if (Transparent.Contains(child.Name))
            {
                foreach (var wrapped in Children(child, name))
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
