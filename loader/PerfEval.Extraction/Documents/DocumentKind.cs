namespace PerfEval.Extraction.Documents;

/// <summary>What a file's bytes are, whatever its name says.</summary>
public enum DocumentKind
{
    Empty,
    Text,
    Html,
    Docx,
    Pdf,
    /// <summary>An OLE compound file: a Word 97–2003 .doc, a WPS document, or an encrypted Office file.</summary>
    OleCompound,
    Rtf,
    /// <summary>A zip that is not a Word document (xlsx, pptx, an archive).</summary>
    OtherZip,
    /// <summary>An image, archive or executable: nothing a report is written in.</summary>
    OtherBinary,
}
