namespace PerfEval.Extraction.Documents;

/// <summary>How PerfEval runs pdftotext, shared with the benchmark that times pdftotext alone.</summary>
public static class PdfToTextArguments
{
    /// <summary>
    /// Layout mode on a fixed grid of 6 points a column. Plain -layout squeezes each page's columns together (one
    /// space between a table's cells, indentation measured from the page's leftmost text), which loses the
    /// positions that tell a wrapped cell's next line from the next row.
    /// </summary>
    public static readonly IReadOnlyList<string> Layout = ["-fixed", "6", "-enc", "UTF-8"];
}
