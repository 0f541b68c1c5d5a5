using System.IO.Compression;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Checks a .docx zip before OpenXml opens it: entry count, total and per-entry expansion measured by
/// actually inflating (headers can lie), and the presence of the Word main part.
/// </summary>
internal static class DocxPackageGuard
{
    private const long RatioCheckFloorBytes = 1024 * 1024;

    public static void Check(byte[] bytes, DocxLimits limits, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw Bomb(fileName, $"{zip.Entries.Count} zip entries (limit {limits.MaxEntries})");
            }
            if (zip.GetEntry("word/document.xml") is null && !HasWordMainPart(zip))
            {
                throw new DocumentReadException(fileName, DocumentReadReasons.UnsupportedFormat, "zip file without a Word document part (word/document.xml)");
            }
            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                var inflated = Inflate(entry, buffer, limits.MaxUncompressedBytes - total, fileName);
                total += inflated;
                var ratio = (double)inflated / Math.Max(entry.CompressedLength, 1);
                if (inflated > RatioCheckFloorBytes && ratio > limits.MaxCompressionRatio)
                {
                    throw Bomb(fileName, $"entry {entry.FullName} expands {ratio:0}× (limit {limits.MaxCompressionRatio:0}×)");
                }
            }
            var overall = (double)total / Math.Max(bytes.Length, 1);
            if (total > RatioCheckFloorBytes && overall > limits.MaxCompressionRatio)
            {
                throw Bomb(fileName, $"package expands {overall:0}× (limit {limits.MaxCompressionRatio:0}×)");
            }
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.CorruptDocx, "damaged or truncated Word file (zip: " + e.Message + ")", e);
        }
    }

    private static long Inflate(ZipArchiveEntry entry, byte[] buffer, long budget, string fileName)
    {
        using var stream = entry.Open();
        long inflated = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            inflated += read;
            if (inflated > budget)
            {
                throw Bomb(fileName, "package expands beyond the size limit");
            }
        }
        return inflated;
    }

    /// <summary>A package may name its main part differently; [Content_Types].xml says which part is the document.</summary>
    private static bool HasWordMainPart(ZipArchive zip)
    {
        var types = zip.GetEntry("[Content_Types].xml");
        if (types is null || types.Length > 1024 * 1024)
        {
            return false;
        }
        using var reader = new StreamReader(types.Open());
        return reader.ReadToEnd().Contains("wordprocessingml.document.main", StringComparison.Ordinal);
    }

    private static DocumentReadException Bomb(string fileName, string problem) =>
        new(fileName, DocumentReadReasons.ZipBomb, "refused as a possible zip bomb: " + problem);
}
