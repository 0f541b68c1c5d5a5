using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Reads a .docx body (paragraphs and tables in document order); headers, footers, notes and comments live in
/// other parts and are ignored. OpenXml opens the package and finds the main part; its XML is read with DTDs off.
/// </summary>
internal static class DocxReader
{
    private static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static ReportText Read(byte[] bytes, string fileName, string format, DocumentReaderOptions options, IReadOnlyList<string> notes)
    {
        DocxPackageGuard.Check(bytes, options.Docx, fileName);
        List<LayoutBlock> blocks;
        var readNotes = new List<string>(notes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart
                ?? throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "Word file without a main document part");
            var xml = LoadXml(main);
            var body = xml.Root?.Element(DocxNames.Body)
                ?? throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "Word file without a document body");
            var numbering = main.NumberingDefinitionsPart is { } numberingPart
                ? DocxNumbering.Load(LoadXml(numberingPart), main.StyleDefinitionsPart is { } styles ? LoadXml(styles) : null)
                : DocxNumbering.None;
            var altChunks = new DocxAltChunks(main, readNotes);
            blocks = DocxBlockReader.ReadBlocks(body, new DocxContext(numbering, altChunks.Read));
        }
        catch (Exception e) when (e is not (DocumentReadException or OutOfMemoryException or OperationCanceledException))
        {
            // The package layer throws many types on hostile input (bad relationship URIs, duplicate parts, odd XML).
            throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "damaged Word file: " + e.Message, e);
        }
        var text = LayoutRenderer.Render(fileName, format, blocks, readNotes);
        if (text.Text.AsSpan().Trim().IsEmpty)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.EmptyFile, "Word file contains no text");
        }
        return text;
    }

    private static XDocument LoadXml(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, SafeXml);
        return XDocument.Load(reader);
    }
}
