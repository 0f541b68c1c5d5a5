using PerfEval.Extraction.Documents.TextTables;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Gives a plain-text report printed to PDF its text shape back: leading tabs from the indentation
/// (<see cref="PrintedTabIndent"/>) and the empty lines dropped at the top of a page (<see cref="PdfPageTops"/>).
/// </summary>
internal static class PrintedTextPages
{
    /// <param name="textPages">Indexes of the pages read from the text layer; OCR'd pages keep their text.</param>
    public static void Restore(string pdfPath, List<string> pages, IReadOnlyList<int> textPages, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var indent = PrintedTabIndent.Find(textPages.Select(i => pages[i]));
        if (indent is null)
        {
            return;
        }
        foreach (var i in textPages)
        {
            pages[i] = indent.Restore(pages[i]);
        }
        // Only a page opening with a cell can have lost the blank line that ended the row before it.
        var openingWithCell = textPages.Where(i => i > 0 && FirstLineIsCell(pages[i])).Select(i => i + 1).ToList();
        if (openingWithCell.Count == 0)
        {
            return;
        }
        foreach (var (page, lines) in PdfPageTops.DroppedLines(pdfPath, openingWithCell, options, cancellationToken))
        {
            pages[page - 1] = new string('\n', lines) + pages[page - 1];
        }
    }

    private static bool FirstLineIsCell(string page)
    {
        foreach (var line in page.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                return TextLineKinds.IsTabCell(line);
            }
        }
        return false;
    }
}
