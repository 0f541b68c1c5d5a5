namespace PerfEval.Extraction.Documents;

/// <summary>
/// A decoded document: the one input every extraction rule sees. <see cref="Text"/> is the
/// normalised full text; every offset in lines, cells and evidence indexes into it, and it is
/// what the warehouse stores as the document's extracted text.
/// </summary>
public sealed class ReportText
{
    public required string SourceName { get; init; }

    /// <summary>txt, docx, pdf, html, doc, wps.</summary>
    public required string Format { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<TextLine> Lines { get; init; }

    public IReadOnlyList<TextTable> Tables { get; init; } = [];

    /// <summary>True when any page's text came from OCR rather than a text layer.</summary>
    public bool IsOcr { get; init; }

    /// <summary>Decoding notes (encoding detected, pages OCR'd, cells unresolved).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>One line of <see cref="ReportText.Text"/>, without its line break.</summary>
public sealed record TextLine(int Index, int Offset, string Content, int Page);

/// <summary>A table, from a real document table or recognised in plain text.</summary>
public sealed record TextTable(int Index, int Offset, int Page, IReadOnlyList<TableRow> Rows)
{
    /// <summary>Unit line stated for the whole table (单位：万元), when one precedes it.</summary>
    public string? UnitHint { get; init; }

    /// <summary>Whether the table was a real document table (docx, html) or recognised in laid-out text.</summary>
    public TableOrigin Origin { get; init; } = TableOrigin.Text;
}

public enum TableOrigin
{
    /// <summary>Recognised in plain text by <see cref="TextTableDetector"/>: cell boundaries are inferred.</summary>
    Text,

    /// <summary>A table element of the document itself (docx w:tbl, html &lt;table&gt;): cell boundaries are given.</summary>
    Document,
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A cell's text with its offset into <see cref="ReportText.Text"/>; merged cells repeat no text.</summary>
public sealed record TableCell(string Text, int Offset, int ColSpan = 1, int RowSpan = 1);
