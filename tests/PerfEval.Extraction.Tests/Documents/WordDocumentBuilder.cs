using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>Builds real .docx files with OpenXml: body content plus a header and a footer that readers must ignore.</summary>
internal static class WordDocumentBuilder
{
    public static byte[] Build(params OpenXmlElement[] bodyContent) => Build(numbering: null, bodyContent);

    /// <summary>A document whose list numbering comes from a numbering part, as Word's outline headings do.</summary>
    public static byte[] Build(Numbering? numbering, params OpenXmlElement[] bodyContent)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph("页眉：内部资料 注意保密"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Paragraph("页脚：第1页 共9页"));
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = (Numbering)numbering.CloneNode(true);
            }
            var section = new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            main.Document = new Document(new Body([.. bodyContent.Select(e => e.CloneNode(true)), section]));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A document whose content is an imported HTML chunk (w:altChunk), as web systems export "Word" files.</summary>
    public static byte[] BuildWithHtmlChunk(byte[] html, string before)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var chunk = main.AddAlternativeFormatImportPart(AlternativeFormatImportPartType.Html, "htmlChunk1");
            using (var data = new MemoryStream(html))
            {
                chunk.FeedData(data);
            }
            main.Document = new Document(new Body(Paragraph(before), new AltChunk { Id = "htmlChunk1" }, new SectionProperties()));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Numbered(string text, int numId, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), new Run(new Text(text)));

    /// <summary>Outline numbering as Chinese reports use it: 一、 / （一） / 1. ; list 2 is a bullet list.</summary>
    public static Numbering ChineseOutline() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.ChineseCounting, "%1、"),
            Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
            Level(2, NumberFormatValues.Decimal, "%3."))
        { AbstractNumberId = 1 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "\u25CF")) { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });

    private static Level Level(int level, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = level };

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static Table Table(params TableRow[] rows) => new([new TableProperties(new TableBorders()), .. rows]);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text, int gridSpan = 1, MergedCellValues? vMerge = null, params OpenXmlElement[] extra)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1)
        {
            properties.Append(new GridSpan { Val = gridSpan });
        }
        if (vMerge is not null)
        {
            properties.Append(new VerticalMerge { Val = vMerge });
        }
        return new TableCell([properties, Paragraph(text), .. extra]);
    }

    /// <summary>A vertically merged continuation cell, as Word writes it: &lt;w:vMerge/&gt; with no value.</summary>
    public static TableCell Continued(string text = "") => new(new TableCellProperties(new VerticalMerge()), Paragraph(text));
}
