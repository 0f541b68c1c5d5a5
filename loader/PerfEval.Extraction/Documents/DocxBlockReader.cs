using System.Text;
using System.Xml.Linq;
using static PerfEval.Extraction.Documents.DocxNames;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Turns WordprocessingML body content into layout blocks; tables are resolved onto their grid. Works on the
/// main part's XML directly: four times faster than OpenXml's typed tree, and the reader needs only a dozen elements.
/// </summary>
internal static class DocxBlockReader
{
    /// <summary>Tables nested deeper than this are read as plain text: hostile files nest thousands deep.</summary>
    private const int MaxTableDepth = 16;

    public static List<LayoutBlock> ReadBlocks(XElement container, DocxContext context, int depth = 0)
    {
        var blocks = new List<LayoutBlock>();
        AddBlocks(container, blocks, context, depth);
        return blocks;
    }

    private static void AddBlocks(XElement container, List<LayoutBlock> blocks, DocxContext context, int depth)
    {
        foreach (var child in container.Elements())
        {
            var name = child.Name;
            if (name == Paragraph)
            {
                blocks.Add(ReadParagraph(child, context.Numbering));
            }
            else if (name == Table)
            {
                blocks.Add(depth < MaxTableDepth ? DocxTableReader.Read(child, context, depth) : new LayoutParagraph(PlainText(child)));
            }
            else if (Transparent.Contains(name))
            {
                AddBlocks(child, blocks, context, depth);
            }
            else if (name == AltChunk && (string?)child.Attribute(RelationshipId) is { } id)
            {
                blocks.AddRange(context.AltChunk(id));
            }
        }
    }

    private static LayoutParagraph ReadParagraph(XElement paragraph, DocxNumbering numbering)
    {
        var properties = paragraph.Element(ParagraphProperties);
        var pageBreakBefore = IsOn(properties?.Element(PageBreakBefore));
        var text = new StringBuilder(numbering.NextLabel(properties));
        AppendRunText(paragraph, text);
        return new LayoutParagraph(text.ToString(), pageBreakBefore);
    }

    /// <summary>Document order over runs; deleted text, field codes and the fallback copy of text boxes are skipped.</summary>
    private static void AppendRunText(XElement element, StringBuilder text)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == Text)
            {
                text.Append(child.Value);
            }
            else if (name == Tab || name == PositionalTab)
            {
                text.Append('\t');
            }
            else if (name == Break)
            {
                if ((string?)child.Attribute(DocxNames.Type) == "page")
                {
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }
                    text.Append('\f');
                }
                else
                {
                    text.Append('\n');
                }
            }
            else if (name == CarriageReturn)
            {
                text.Append('\n');
            }
            else if (name == NoBreakHyphen)
            {
                text.Append('-');
            }
            else if (Skipped.Contains(name))
            {
                continue;
            }
            else if (name == AlternateContent)
            {
                // Choice and Fallback hold the same drawing twice; read the first choice only.
                if (child.Element(Choice) is { } choice)
                {
                    AppendRunText(choice, text);
                }
            }
            else if (name == Paragraph || name == Table)
            {
                // Paragraphs and tables inside a text box: keep their words, space-separated.
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
                text.Append(name == Table ? PlainText(child) : ParagraphText(child));
            }
            else if (child.HasElements)
            {
                AppendRunText(child, text);
            }
        }
    }

    private static string ParagraphText(XElement paragraph)
    {
        var text = new StringBuilder();
        AppendRunText(paragraph, text);
        return text.ToString();
    }

    private static string PlainText(XElement element) =>
        string.Join(' ', element.Descendants(Paragraph).Select(ParagraphText).Where(t => t.Length > 0));
}
