using System.Xml.Linq;

namespace PerfEval.Extraction.Documents;

/// <summary>WordprocessingML element and attribute names the docx reader looks at.</summary>
internal static class DocxNames
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static readonly XName Body = W + "body";
    public static readonly XName Paragraph = W + "p";
    public static readonly XName ParagraphProperties = W + "pPr";
    public static readonly XName PageBreakBefore = W + "pageBreakBefore";
    public static readonly XName Table = W + "tbl";
    public static readonly XName Row = W + "tr";
    public static readonly XName RowProperties = W + "trPr";
    public static readonly XName GridBefore = W + "gridBefore";
    public static readonly XName Cell = W + "tc";
    public static readonly XName CellProperties = W + "tcPr";
    public static readonly XName GridSpan = W + "gridSpan";
    public static readonly XName VerticalMerge = W + "vMerge";
    public static readonly XName Text = W + "t";
    public static readonly XName Tab = W + "tab";
    public static readonly XName PositionalTab = W + "ptab";
    public static readonly XName Break = W + "br";
    public static readonly XName CarriageReturn = W + "cr";
    public static readonly XName NoBreakHyphen = W + "noBreakHyphen";
    public static readonly XName Val = W + "val";
    public static readonly XName Type = W + "type";
    public static readonly XName AlternateContent = Mc + "AlternateContent";
    public static readonly XName AltChunk = W + "altChunk";
    public static readonly XName RelationshipId = (XNamespace)"http://schemas.openxmlformats.org/officeDocument/2006/relationships" + "id";
    public static readonly XName Choice = Mc + "Choice";

    /// <summary>Wrappers whose content belongs to the surrounding flow (content controls, custom XML, tracked insertions).</summary>
    public static readonly HashSet<XName> Transparent = [W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo", W + "smartTag"];

    /// <summary>Never text: deleted or moved-away revisions, field codes, properties, the fallback copy of drawings.</summary>
    public static readonly HashSet<XName> Skipped =
    [
        W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "delInstrText", W + "pPr", W + "rPr", W + "fldData",
        W + "sdtPr", W + "sdtEndPr", W + "sectPr", W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr", Mc + "Fallback",
    ];

    /// <summary>An on/off property: present with no value, or with true/1/on.</summary>
    public static bool IsOn(XElement? element)
    {
        if (element is null)
        {
            return false;
        }
        var value = (string?)element.Attribute(Val);
        return value is null or "true" or "1" or "on";
    }

    public static int IntVal(XElement? element, int fallback)
    {
        var value = (string?)element?.Attribute(Val);
        return int.TryParse(value, out var parsed) ? parsed : fallback;
    }
}
