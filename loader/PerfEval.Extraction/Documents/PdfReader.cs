using System.Globalization;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Reads a PDF's text layer with pdftotext in layout mode (<see cref="PdfToTextArguments"/>); pages without usable text (scans, broken font maps) are
/// rendered with pdftoppm and recognised with tesseract, and the result is marked as OCR.
/// </summary>
internal static class PdfReader
{
    public static ReportText Read(DocumentSource source, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        using var workspace = new TempWorkspace(options.TempDirectory);
        var pdfPath = source.PathOnDisk ?? WriteInput(workspace, source.Bytes);
        var pages = ExtractTextLayer(source.FileName, pdfPath, options, cancellationToken);
        var notes = new List<string>();
        var unusable = Enumerable.Range(0, pages.Count).Where(i => !PdfPageText.IsUsable(pages[i])).ToList();
        PrintedTextPages.Restore(pdfPath, pages, [.. Enumerable.Range(0, pages.Count).Except(unusable)], options, cancellationToken);
        var isOcr = false;
        if (unusable.Count > 0)
        {
            var allUnusable = unusable.Count == pages.Count;
            if (!options.EnableOcr)
            {
                if (allUnusable)
                {
                    throw new DocumentReadException(source.FileName, DocumentReadReasons.NoTextLayerNoOcr, "the PDF has no usable text layer and OCR is disabled");
                }
                notes.Add($"pages {PageList(unusable)} have no usable text layer; OCR is disabled");
            }
            else
            {
                var ocr = new PdfPageOcr(source.FileName, pdfPath, workspace, options, cancellationToken);
                var recognised = unusable.Take(Math.Max(options.MaxOcrPages, 0)).ToList();
                var skipped = unusable.Skip(recognised.Count).ToList();
                if (recognised.Count == 0 && allUnusable)
                {
                    throw new DocumentReadException(source.FileName, DocumentReadReasons.NoTextLayerNoOcr, "the PDF has no usable text layer and the OCR limit is 0 pages");
                }
                try
                {
                    foreach (var index in recognised)
                    {
                        pages[index] = ocr.Recognise(index + 1);
                    }
                    if (recognised.Count > 0)
                    {
                        isOcr = true;
                        notes.Add($"pages {PageList(recognised)} read by OCR ({options.OcrLanguages})");
                    }
                    if (skipped.Count > 0)
                    {
                        notes.Add($"pages {PageList(skipped)} have no usable text layer and are beyond the OCR limit of {options.MaxOcrPages} pages");
                    }
                }
                catch (ExternalToolMissingException e) when (allUnusable)
                {
                    throw new DocumentReadException(source.FileName, DocumentReadReasons.NoTextLayerNoOcr, $"the PDF has no usable text layer and OCR is unavailable ({e.Message}; install tesseract-ocr and tesseract-ocr-chi-sim)", e);
                }
                catch (ExternalToolMissingException e)
                {
                    notes.Add($"pages {PageList(unusable)} have no usable text layer; OCR unavailable ({e.Message})");
                }
            }
        }
        // pdftotext ends every page with a form feed; joined the same way, a line's page is 1 + the feeds before it.
        var text = string.Join("\f", pages);
        if (text.AsSpan().Trim().IsEmpty)
        {
            throw new DocumentReadException(source.FileName, DocumentReadReasons.NoTextLayerNoOcr, "no text found in the PDF, not even by OCR");
        }
        return PlainTextLayout.Build(source.FileName, "pdf", text, isOcr, notes);
    }

    private static List<string> ExtractTextLayer(string fileName, string pdfPath, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        ExternalToolResult result;
        try
        {
            result = ExternalTool.Run(options.Tools.PdfToText, [.. PdfToTextArguments.Layout, pdfPath, "-"], options.ToolTimeout, options.MaxTextChars, cancellationToken: cancellationToken);
        }
        catch (ExternalToolMissingException e)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.ToolMissing, e.Message + " (install poppler-utils)", e);
        }
        if (result.ExitCode != 0)
        {
            var reason = result.StandardError.Contains("password", StringComparison.OrdinalIgnoreCase) || result.ExitCode == 3
                ? DocumentReadReasons.EncryptedPdf
                : DocumentReadReasons.CorruptPdf;
            var problem = reason == DocumentReadReasons.EncryptedPdf ? "the PDF is password-protected" : "damaged PDF";
            throw new DocumentReadException(fileName, reason, $"{problem}: {FirstLine(result.StandardError)}");
        }
        var pages = TextNormalizer.MapRadicalsToIdeographs(TextNormalizer.Normalize(result.StandardOutput)).Split('\f').ToList();
        if (pages.Count > 1 && pages[^1].Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }
        if (pages.Count == 1 && pages[0].Length == 0 && result.StandardError.Length > 0)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.CorruptPdf, "damaged PDF: " + FirstLine(result.StandardError));
        }
        return pages;
    }

    private static string WriteInput(TempWorkspace workspace, byte[] bytes)
    {
        var path = workspace.PathOf("input.pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string PageList(List<int> indexes) =>
        string.Join(",", indexes.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)));

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
