namespace PerfEval.Generator.Documents;

/// <summary>Fluent writing of a <see cref="Doc"/>: text pieces, marked pieces, tables.</summary>
public sealed class DocBuilder
{
    private readonly List<DocSpan> pending = [];

    public Doc Doc { get; } = new();

    /// <summary>Adds a paragraph of plain text.</summary>
    public DocBuilder Line(string text)
    {
        End();
        Doc.Blocks.Add(new DocParagraph([new DocSpan(text)]));
        return this;
    }

    /// <summary>Appends plain text to the paragraph being written.</summary>
    public DocBuilder Add(string text)
    {
        pending.Add(new DocSpan(text));
        return this;
    }

    /// <summary>Appends text that is the quoted evidence of <paramref name="mark"/>.</summary>
    public DocBuilder Add(string text, string mark)
    {
        pending.Add(new DocSpan(text, mark));
        return this;
    }

    /// <summary>Closes the paragraph being written.</summary>
    public DocBuilder End()
    {
        if (pending.Count > 0)
        {
            Doc.Blocks.Add(new DocParagraph([.. pending]));
            pending.Clear();
        }
        return this;
    }

    public DocBuilder Table(IReadOnlyList<IReadOnlyList<DocCell>> rows)
    {
        End();
        Doc.Blocks.Add(new DocTable(rows));
        return this;
    }

    public Doc Build()
    {
        End();
        return Doc;
    }
}
