namespace PerfEval.Extraction.Documents;

/// <summary>What reading a docx body needs beyond the body itself.</summary>
/// <param name="AltChunk">Blocks of an imported chunk (w:altChunk) by relationship id; empty when it cannot be read.</param>
internal sealed record DocxContext(DocxNumbering Numbering, Func<string, IReadOnlyList<LayoutBlock>> AltChunk);
