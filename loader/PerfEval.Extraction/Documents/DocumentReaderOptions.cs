namespace PerfEval.Extraction.Documents;

/// <summary>Limits and tools for <see cref="DocumentReader"/>. The defaults suit uploads from outside.</summary>
public sealed record DocumentReaderOptions
{
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Larger files are refused with <see cref="DocumentReadReasons.TooLarge"/>.</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Decoded text beyond this many characters is refused (a PDF can expand far beyond its size).</summary>
    public int MaxTextChars { get; init; } = 20_000_000;

    /// <summary>Run OCR on PDF pages without a usable text layer.</summary>
    public bool EnableOcr { get; init; } = true;

    public string OcrLanguages { get; init; } = "chi_sim+eng";

    public int OcrDpi { get; init; } = 200;

    /// <summary>Each external tool run (pdftotext, pdftoppm, tesseract, soffice) is killed after this.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public DocxLimits Docx { get; init; } = new();

    public ExternalToolPaths Tools { get; init; } = new();

    /// <summary>Where temporary files go (tool inputs, page images, LibreOffice profiles); the system temp folder when null.</summary>
    public string? TempDirectory { get; init; }
}

/// <summary>Zip-bomb limits checked on a .docx before OpenXml opens it.</summary>
public sealed record DocxLimits
{
    public int MaxEntries { get; init; } = 2_000;

    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Uncompressed / compressed size, per entry and overall; XML rarely exceeds 30.</summary>
    public double MaxCompressionRatio { get; init; } = 200;
}

/// <summary>Executable names or paths; a bare name is looked up on PATH.</summary>
public sealed record ExternalToolPaths
{
    public string PdfToText { get; init; } = "pdftotext";

    public string PdfToPpm { get; init; } = "pdftoppm";

    public string Tesseract { get; init; } = "tesseract";

    public string Soffice { get; init; } = "soffice";
}
