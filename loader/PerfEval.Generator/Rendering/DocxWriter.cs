using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Generator.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Generator.Rendering;

/// <summary>
/// Writes a <see cref="Doc"/> as .docx: paragraphs and real tables with gridSpan/vMerge merged cells. The body is
/// built with OpenXml's typed model; the package is written directly with fixed entry order and timestamps, so
/// the same document gives the same bytes.
/// </summary>
public static class DocxWriter
{
    private static readonly DateTimeOffset FixedTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>";

    private const string PackageRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>";

    public static byte[] Write(Doc doc)
    {
        var body = new Body();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case DocParagraph paragraph:
                    body.Append(Paragraph(paragraph.Text));
                    break;
                case DocTable table:
                    body.Append(Table(table));
                    body.Append(Paragraph(""));
                    break;
            }
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1200U, Right = 1200U }));
        var documentXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + new Document(body).OuterXml;

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "[Content_Types].xml", ContentTypes);
            AddEntry(zip, "_rels/.rels", PackageRels);
            AddEntry(zip, "word/document.xml", documentXml);
        }
        return stream.ToArray();
    }

    private static void AddEntry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var writer = entry.Open();
        writer.Write(Encoding.UTF8.GetBytes(content));
    }

    private static W.Paragraph Paragraph(string text) =>
        new(new Run(new RunProperties(new RunFonts { EastAsia = "Noto Serif CJK SC" }), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(DocTable table)
    {
        var columns = table.ColumnCount;
        var width = 9000 / Math.Max(1, columns);
        var border = () => new[]
        {
            (OpenXmlElement)new TopBorder { Val = BorderValues.Single, Size = 4U },
            new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U },
            new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U },
        };
        var result = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, new TableBorders(border())),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (cell.ColSpan > 1)
                {
                    properties.Append(new GridSpan { Val = cell.ColSpan });
                }
                if (cell.VMerge == VMerge.Start)
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }
                else if (cell.VMerge == VMerge.Continue)
                {
                    properties.Append(new VerticalMerge());
                }
                tableRow.Append(new TableCell(properties, Paragraph(cell.Text)));
            }
            result.Append(tableRow);
        }
        return result;
    }
}
