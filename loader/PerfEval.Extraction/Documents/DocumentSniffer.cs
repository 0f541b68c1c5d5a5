using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>Tells a document's kind from its first bytes (magic numbers), never from its name.</summary>
public static class DocumentSniffer
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[][] OtherBinaryMagics =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF],
        "GIF8"u8.ToArray(),
        [0x1F, 0x8B],
        "7z"u8.ToArray(),
        "Rar!"u8.ToArray(),
        [0x7F, (byte)'E', (byte)'L', (byte)'F'],
        "MZ"u8.ToArray(),
        "II*\0"u8.ToArray(),
        "MM\0*"u8.ToArray(),
    ];

    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head>", "<head ", "<body", "<meta "];

    /// <summary>Fragments that mark HTML only when the file name says .htm/.html.</summary>
    private static readonly string[] WeakHtmlMarkers = ["<table", "<title", "<div", "<p>", "<p ", "<br"];

    /// <param name="extensionHint">The file's extension (".html"); it only decides between text and HTML fragments.</param>
    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes, string? extensionHint = null)
    {
        if (bytes.IsEmpty)
        {
            return DocumentKind.Empty;
        }
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return ZipLooksLikeDocx(bytes) ? DocumentKind.Docx : DocumentKind.OtherZip;
        }
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }
        if (bytes.StartsWith(OleMagic))
        {
            return DocumentKind.OleCompound;
        }
        if (bytes.StartsWith(@"{\rtf"u8))
        {
            return DocumentKind.Rtf;
        }
        foreach (var magic in OtherBinaryMagics)
        {
            if (bytes.StartsWith(magic))
            {
                return DocumentKind.OtherBinary;
            }
        }
        var htmlHint = extensionHint is not null && (extensionHint.Equals(".html", StringComparison.OrdinalIgnoreCase) || extensionHint.Equals(".htm", StringComparison.OrdinalIgnoreCase));
        return LooksLikeHtml(head, htmlHint) ? DocumentKind.Html : DocumentKind.Text;
    }

    /// <summary>An encrypted Office file is an OLE container holding a stream named EncryptedPackage.</summary>
    public static bool IsEncryptedOfficePackage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(OleMagic) && bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>
    /// The zip's local headers name its entries; a Word package has word/document.xml (or a content-types
    /// entry pointing at a wordprocessingml main part). The full check happens when the package is opened.
    /// </summary>
    private static bool ZipLooksLikeDocx(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("word/"u8) >= 0 || bytes.IndexOf("wordprocessingml"u8) >= 0;

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head, bool htmlHint)
    {
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else
        {
            // Markup is ASCII in every encoding a Chinese site uses (UTF-8, GBK, GB18030).
            text = Encoding.Latin1.GetString(head);
        }
        foreach (var marker in htmlHint ? [.. HtmlMarkers, .. WeakHtmlMarkers] : HtmlMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
