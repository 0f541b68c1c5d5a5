namespace PerfEval.Extraction.Documents;

/// <summary>Reads a text file of undeclared encoding; bytes that are not text are refused rather than read as garbage.</summary>
internal static class PlainTextReader
{
    private const double MaxGarbageShare = 0.05;
    private const double MinPlausibility = 0.4;
    private const int SampleChars = 64 * 1024;

    public static ReportText Read(byte[] bytes, string fileName, string extension)
    {
        var decoded = TextDecoder.Decode(bytes);
        var sample = decoded.Text.AsSpan(0, Math.Min(decoded.Text.Length, SampleChars));
        var strictUtf8 = decoded.Encoding is "utf-8" or "utf-8-bom";
        if (ChineseTextPlausibility.GarbageShare(sample) > MaxGarbageShare
            || (!strictUtf8 && ChineseTextPlausibility.Score(sample) < MinPlausibility))
        {
            throw NotText(fileName, extension);
        }
        var text = TextNormalizer.Normalize(decoded.Text);
        if (text.AsSpan().Trim().IsEmpty)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.EmptyFile, "the file holds no text");
        }
        var notes = new List<string> { $"encoding: {decoded.Encoding} ({decoded.Evidence})" };
        if (extension is not ("" or ".txt" or ".text" or ".csv"))
        {
            notes.Add($"extension {extension} but the content is plain text");
        }
        return PlainTextLayout.Build(fileName, "txt", text, notes: notes);
    }

    /// <summary>Bytes named like a document format but matching none of them are a damaged document of that format.</summary>
    private static DocumentReadException NotText(string fileName, string extension) => extension switch
    {
        ".docx" => new(fileName, DocumentReadReasons.CorruptDocx, "not a Word document (no zip signature)"),
        ".pdf" => new(fileName, DocumentReadReasons.CorruptPdf, "not a PDF (no %PDF header)"),
        ".doc" or ".wps" => new(fileName, DocumentReadReasons.CorruptDoc, "not a Word 97–2003 or WPS document"),
        _ => new(fileName, DocumentReadReasons.BinaryNotText, "binary content that is not text in any supported encoding"),
    };
}
