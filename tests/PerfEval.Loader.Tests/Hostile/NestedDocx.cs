using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Loader.Tests.Hostile;

/// <summary>A .docx whose only content is a table nested <c>depth</c> tables deep.</summary>
internal static class NestedDocx
{
    public static byte[] Build(int depth)
    {
        var table = Table("最内层 年初预算数573.38万元");
        for (var i = 0; i < depth; i++)
        {
            table = new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("第" + i + "层"))), table, new Paragraph())));
        }
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(table));
        }
        return stream.ToArray();
    }

    private static Table Table(string text) => new(new TableRow(new TableCell(new Paragraph(new Run(new Text(text))))));
}
