using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Reads w:altChunk parts: documents exported by web systems often carry their whole content as an imported
/// HTML chunk rather than as Word paragraphs. HTML chunks are read like a web page; other kinds are noted.
/// </summary>
internal sealed class DocxAltChunks(MainDocumentPart main, List<string> notes)
{
    public IReadOnlyList<LayoutBlock> Read(string relationshipId)
    {
        if (!main.TryGetPartById(relationshipId, out var part) || part is not AlternativeFormatImportPart chunk)
        {
            notes.Add($"imported chunk {relationshipId} not found");
            return [];
        }
        if (!chunk.ContentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            notes.Add($"imported chunk of type {chunk.ContentType} not read");
            return [];
        }
        using var stream = chunk.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var (html, encodingNote) = HtmlReader.Decode(buffer.ToArray());
        notes.Add("imported HTML chunk, " + encodingNote);
        return HtmlLayoutBuilder.Build(HtmlTreeBuilder.Build(HtmlTokenizer.Tokenize(html)));
    }
}
