using PerfEval.Generator.Documents;

namespace PerfEval.Generator.Rendering;

/// <summary>The quote of every mark in a document, without offsets (for formats whose decoded text we do not render).</summary>
public static class DocQuotes
{
    public static IReadOnlyDictionary<string, (int Offset, string Quote)> Collect(Doc doc)
    {
        var quotes = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var block in doc.Blocks)
        {
            var marked = block switch
            {
                DocParagraph p => p.Spans.Where(s => s.Mark is not null).Select(s => (s.Mark!, s.Text)),
                DocTable t => t.Rows.SelectMany(r => r).Where(c => c.Mark is not null).Select(c => (c.Mark!, c.Text)),
                _ => [],
            };
            foreach (var (mark, text) in marked)
            {
                quotes.TryAdd(mark, (-1, text));
            }
        }
        return quotes;
    }
}
