namespace PerfEval.Extraction.Documents;

/// <summary>
/// Reads any report file (txt, docx, pdf, doc, wps, rtf, html) into a <see cref="ReportText"/>. The format is
/// decided by the content, the extension only breaks ties. Unreadable input throws <see cref="DocumentReadException"/>;
/// I/O errors (missing file, no permission) propagate as they are.
/// </summary>
public static class DocumentReader
{
    public static ReportText Read(string path, DocumentReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocumentReaderOptions.Default;
        var fileName = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > options.MaxFileBytes)
        {
            throw TooLarge(fileName, length, options);
        }
        var bytes = File.ReadAllBytes(path);
        return ReadContent(new DocumentSource(fileName, bytes, Path.GetFullPath(path)), options, cancellationToken);
    }

    public static ReportText Read(Stream content, string fileName, DocumentReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocumentReaderOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxFileBytes)
            {
                throw TooLarge(fileName, buffer.Length, options);
            }
        }
        return Read(buffer.ToArray(), fileName, options, cancellationToken);
    }

    public static ReportText Read(byte[] content, string fileName, DocumentReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DocumentReaderOptions.Default;
        if (content.LongLength > options.MaxFileBytes)
        {
            throw TooLarge(fileName, content.LongLength, options);
        }
        return ReadContent(new DocumentSource(Path.GetFileName(fileName), content, PathOnDisk: null), options, cancellationToken);
    }

    private static ReportText ReadContent(DocumentSource source, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(source.FileName).ToLowerInvariant();
        var kind = DocumentSniffer.Sniff(source.Bytes, extension);
        try
        {
            return kind switch
            {
                DocumentKind.Empty => throw new DocumentReadException(source.FileName, DocumentReadReasons.EmptyFile, "the file is empty"),
                DocumentKind.Docx or DocumentKind.OtherZip when kind == DocumentKind.Docx || extension == ".docx" =>
                    DocxReader.Read(source.Bytes, source.FileName, "docx", options, MismatchNote(extension, ".docx")),
                DocumentKind.OtherZip => throw new DocumentReadException(source.FileName, DocumentReadReasons.UnsupportedFormat, "a zip archive that is not a Word document"),
                DocumentKind.Pdf => PdfReader.Read(source, options, cancellationToken),
                DocumentKind.OleCompound when DocumentSniffer.IsEncryptedOfficePackage(source.Bytes) =>
                    throw new DocumentReadException(source.FileName, DocumentReadReasons.EncryptedDocument, "the Office file is password-protected"),
                DocumentKind.OleCompound or DocumentKind.Rtf => LegacyWordReader.Read(source, kind, options, cancellationToken),
                DocumentKind.Html => HtmlReader.Read(source.Bytes, source.FileName, MismatchNote(extension, ".html", ".htm")),
                DocumentKind.OtherBinary => throw new DocumentReadException(source.FileName, DocumentReadReasons.UnsupportedFormat, "an image, archive or program, not a report document"),
                _ => PlainTextReader.Read(source.Bytes, source.FileName, extension),
            };
        }
        catch (ExternalToolTimeoutException e)
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.Timeout, e.Message, e);
        }
        catch (ExternalToolOutputTooLargeException e)
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.TooLarge, e.Message, e);
        }
    }

    private static IReadOnlyList<string> MismatchNote(string extension, params string[] expected) =>
        extension.Length == 0 || expected.Contains(extension) ? [] : [$"extension {extension} does not match the content ({expected[0][1..]})"];

    private static DocumentReadException TooLarge(string fileName, long length, DocumentReaderOptions options) =>
        new(fileName, DocumentReadReasons.TooLarge, $"{length} bytes exceeds the limit of {options.MaxFileBytes} bytes");
}

/// <param name="PathOnDisk">The file itself when it was read from disk; tools then read it in place.</param>
internal sealed record DocumentSource(string FileName, byte[] Bytes, string? PathOnDisk);
