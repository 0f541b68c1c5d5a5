namespace PerfEval.Extraction.Documents;

/// <summary>Machine codes for <see cref="DocumentReadException.Reason"/>; stored with quarantined files, so never rename one.</summary>
public static class DocumentReadReasons
{
    public const string EmptyFile = "empty_file";
    public const string TooLarge = "too_large";
    public const string UnsupportedFormat = "unsupported_format";
    public const string BinaryNotText = "binary_not_text";
    public const string CorruptDocx = "corrupt_docx";
    public const string ZipBomb = "zip_bomb";
    public const string EncryptedDocument = "encrypted_document";
    public const string CorruptPdf = "corrupt_pdf";
    public const string EncryptedPdf = "encrypted_pdf";
    public const string NoTextLayerNoOcr = "no_text_layer_no_ocr";
    public const string CorruptDoc = "corrupt_doc";
    public const string CorruptHtml = "corrupt_html";
    public const string ToolMissing = "tool_missing";
    public const string ToolFailed = "tool_failed";
    public const string Timeout = "timeout";
}
