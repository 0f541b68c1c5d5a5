using System.Globalization;
using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>Renders one PDF page to PNG (pdftoppm) and recognises it (tesseract).</summary>
internal sealed class PdfPageOcr(string fileName, string pdfPath, TempWorkspace workspace, DocumentReaderOptions options, CancellationToken cancellationToken)
{
    public string Recognise(int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var prefix = workspace.PathOf("page-" + number);
        var render = ExternalTool.Run(
            options.Tools.PdfToPpm,
            ["-r", options.OcrDpi.ToString(CultureInfo.InvariantCulture), "-png", "-f", number, "-l", number, "-singlefile", pdfPath, prefix],
            options.ToolTimeout,
            cancellationToken: cancellationToken);
        var image = prefix + ".png";
        if (render.ExitCode != 0 || !File.Exists(image))
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.CorruptPdf, $"page {number} could not be rendered for OCR: {render.StandardError.Trim()}");
        }
        var ocr = ExternalTool.Run(
            options.Tools.Tesseract,
            [image, "-", "-l", options.OcrLanguages, "--psm", "6"],
            options.ToolTimeout,
            options.MaxTextChars,
            cancellationToken: cancellationToken);
        File.Delete(image);
        if (ocr.ExitCode != 0)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.ToolFailed, $"OCR of page {number} failed: {ocr.StandardError.Trim()}");
        }
        return JoinChineseCharacters(TextNormalizer.Normalize(ocr.StandardOutput).Replace("\f", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>Tesseract separates Chinese characters with spaces ("年 初 预 算"); a space between two of them is not text.</summary>
    internal static string JoinChineseCharacters(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && result.Length > 0 && CjkCharacters.IsCjk(result[^1]))
            {
                var next = i + 1;
                while (next < text.Length && text[next] == ' ')
                {
                    next++;
                }
                if (next < text.Length && CjkCharacters.IsCjk(text[next]))
                {
                    i = next - 1;
                    continue;
                }
            }
            result.Append(text[i]);
        }
        return result.ToString();
    }
}
