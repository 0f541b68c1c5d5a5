namespace PerfEval.Extraction.Documents;

/// <summary>
/// A structured document (docx, html) before it is laid out as text: paragraphs and tables in reading order.
/// Tables are already resolved onto a grid, so each reader only has to say where a cell sits and what it spans.
/// </summary>
internal abstract record LayoutBlock;

/// <param name="PageBreakBefore">An explicit page break precedes this paragraph.</param>
internal sealed record LayoutParagraph(string Text, bool PageBreakBefore = false) : LayoutBlock;

/// <param name="ColumnCount">Grid columns; every row is rendered with this many tab-separated fields.</param>
internal sealed record LayoutTable(int ColumnCount, IReadOnlyList<LayoutRow> Rows) : LayoutBlock;

/// <summary>Only the cells that start here: positions covered by a cell spanning from above are absent.</summary>
internal sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells);

internal sealed record LayoutCell(int Column, int ColSpan, int RowSpan, IReadOnlyList<LayoutBlock> Content);
