using System.Globalization;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Where each page's first and last lines of text stand, from pdftotext -tsv. Layout text drops the empty paragraphs
/// at the bottom and top of a page, and with them the blank line that ends a row of a one-cell-per-line table; a last
/// line standing above the pages' common bottom, or a first line below their common top, tells how many were dropped.
/// </summary>
internal static class PdfPageTops
{
    /// <summary>A line standing at least this share of a line below the top counts as one dropped line.</summary>
    private const double MinDroppedShare = 0.75;

    /// <summary>
    /// For each 1-based page in <paramref name="pages"/>, the number of empty lines between its first line and the
    /// previous page's last. Reads the pages from the one before the first asked to the last asked, so the common
    /// top and bottom are seen on more than one page.
    /// </summary>
    public static Dictionary<int, int> DroppedLines(string pdfPath, IReadOnlyCollection<int> pages, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        var first = Math.Max(1, pages.Min() - 1);
        var last = pages.Max();
        var dropped = new Dictionary<int, int>();
        ExternalToolResult result;
        try
        {
            // Every word is a row of a dozen fields: far more text than the layout itself.
            result = ExternalTool.Run(
                options.Tools.PdfToText,
                ["-tsv", "-f", Text(first), "-l", Text(last), pdfPath, "-"],
                options.ToolTimeout,
                (int)Math.Min(16L * options.MaxTextChars, int.MaxValue),
                cancellationToken: cancellationToken);
        }
        catch (ExternalToolOutputTooLargeException)
        {
            return dropped;
        }
        if (result.ExitCode != 0)
        {
            return dropped;
        }
        var lineTops = LineTops(result.StandardOutput);
        var pitch = LinePitch(lineTops.Values);
        if (lineTops.Count < 2 || pitch <= 0)
        {
            return dropped;
        }
        var top = lineTops.Values.Min(tops => tops[0]);
        var bottom = lineTops.Values.Max(tops => tops[^1]);
        foreach (var page in pages)
        {
            if (!lineTops.TryGetValue(page, out var tops))
            {
                continue;
            }
            var lines = Lines(tops[0] - top, pitch);
            if (lineTops.TryGetValue(page - 1, out var before))
            {
                lines += Lines(bottom - before[^1], pitch);
            }
            if (lines > 0)
            {
                dropped[page] = lines;
            }
        }
        return dropped;
    }

    private static int Lines(double space, double pitch) =>
        space / pitch < MinDroppedShare ? 0 : (int)Math.Round(space / pitch, MidpointRounding.AwayFromZero);

    /// <summary>Page → the sorted tops of its lines. A -tsv row of level 4 marks a line: level, page, …, left, top, width, height, conf, text.</summary>
    private static Dictionary<int, List<double>> LineTops(string tsv)
    {
        var tops = new Dictionary<int, List<double>>();
        foreach (var row in tsv.Split('\n'))
        {
            if (!row.StartsWith("4\t", StringComparison.Ordinal))
            {
                continue;
            }
            var fields = row.Split('\t');
            if (fields.Length < 12
                || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page)
                || !double.TryParse(fields[7], NumberStyles.Float, CultureInfo.InvariantCulture, out var top))
            {
                continue;
            }
            if (!tops.TryGetValue(page, out var list))
            {
                tops[page] = list = [];
            }
            list.Add(top);
        }
        foreach (var list in tops.Values)
        {
            list.Sort();
        }
        return tops;
    }

    /// <summary>The most common distance between consecutive lines, to half a point.</summary>
    private static double LinePitch(IEnumerable<List<double>> pages)
    {
        var counts = new Dictionary<double, int>();
        foreach (var tops in pages)
        {
            for (var i = 1; i < tops.Count; i++)
            {
                var step = Math.Round((tops[i] - tops[i - 1]) * 2) / 2;
                if (step > 0)
                {
                    counts[step] = counts.GetValueOrDefault(step) + 1;
                }
            }
        }
        return counts.Count == 0 ? 0 : counts.MaxBy(p => p.Value).Key;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
