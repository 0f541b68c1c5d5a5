namespace PerfEval.Generator.Documents;

/// <summary>A generated report before rendering: paragraphs and tables, with marked spans that become evidence.</summary>
public sealed class Doc
{
    public List<DocBlock> Blocks { get; } = [];
}

public abstract record DocBlock;

/// <summary>A paragraph as spans; a span with a mark is where a stated value is quoted from.</summary>
public sealed record DocParagraph(IReadOnlyList<DocSpan> Spans) : DocBlock
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

public sealed record DocSpan(string Text, string? Mark = null);

/// <summary>A table; every row lists its cells left to right, merged continuations included.</summary>
public sealed record DocTable(IReadOnlyList<IReadOnlyList<DocCell>> Rows) : DocBlock
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Sum(c => c.ColSpan));
}

public enum VMerge
{
    None,
    Start,

    /// <summary>Covered by the cell above; renders empty.</summary>
    Continue,
}

public sealed record DocCell(string Text, int ColSpan = 1, VMerge VMerge = VMerge.None, string? Mark = null)
{
    public static DocCell Below(int colSpan = 1) => new("", colSpan, VMerge.Continue);
}
