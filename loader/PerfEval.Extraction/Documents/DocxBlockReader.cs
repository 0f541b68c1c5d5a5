using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Extraction.Documents;

/// <summary>Turns WordprocessingML body content into layout blocks; tables are resolved onto their grid.</summary>
internal static class DocxBlockReader
{
    /// <summary>Tables nested deeper than this are read as plain text: hostile files nest thousands deep.</summary>
    private const int MaxTableDepth = 16;

    public static List<LayoutBlock> ReadBlocks(OpenXmlElement container, int depth = 0)
    {
        var blocks = new List<LayoutBlock>();
        AddBlocks(container, blocks, depth);
        return blocks;
    }

    private static void AddBlocks(OpenXmlElement container, List<LayoutBlock> blocks, int depth)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    blocks.Add(ReadParagraph(paragraph));
                    break;
                case Table table when depth < MaxTableDepth:
                    blocks.Add(DocxTableReader.Read(table, depth));
                    break;
                case Table table:
                    blocks.Add(new LayoutParagraph(table.InnerText));
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock or InsertedRun:
                    AddBlocks(child, blocks, depth);
                    break;
            }
        }
    }

    private static LayoutParagraph ReadParagraph(Paragraph paragraph)
    {
        var pageBreakBefore = paragraph.ParagraphProperties?.PageBreakBefore is { } flag && (flag.Val is null || flag.Val.Value);
        var text = new StringBuilder();
        AppendRunText(paragraph, text);
        return new LayoutParagraph(text.ToString(), pageBreakBefore);
    }

    /// <summary>Document order over runs; deleted text, field codes and the fallback copy of text boxes are skipped.</summary>
    private static void AppendRunText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break { Type: { } type } when type.Value == BreakValues.Page:
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }
                    text.Append('\f');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedText or DeletedRun or FieldCode or DeletedFieldCode or AlternateContentFallback or ParagraphProperties or RunProperties:
                    break;
                case Table nested:
                    // A table inside a text box: keep its words.
                    text.Append(' ').Append(nested.InnerText);
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendRunText(child, text);
                    }
                    break;
            }
        }
    }
}
