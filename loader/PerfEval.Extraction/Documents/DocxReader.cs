using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Extraction.Documents;

/// <summary>Reads a .docx body (paragraphs and tables in document order); headers, footers and notes are ignored.</summary>
internal static class DocxReader
{
    public static ReportText Read(byte[] bytes, string fileName, string format, DocumentReaderOptions options, IReadOnlyList<string> notes)
    {
        DocxPackageGuard.Check(bytes, options.Docx, fileName);
        List<LayoutBlock> blocks;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "Word file without a document body");
            blocks = DocxBlockReader.ReadBlocks(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException or IOException or InvalidOperationException)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "damaged Word file: " + e.Message, e);
        }
        var text = LayoutRenderer.Render(fileName, format, blocks, notes);
        if (text.Text.AsSpan().Trim().IsEmpty)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.EmptyFile, "Word file contains no text");
        }
        return text;
    }
}
