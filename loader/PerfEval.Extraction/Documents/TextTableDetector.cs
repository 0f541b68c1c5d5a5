namespace PerfEval.Extraction.Documents;

/// <summary>Recognises tables laid out in plain text. Not written yet: returns none.</summary>
public static class TextTableDetector
{
    public static IReadOnlyList<TextTable> Detect(string text, IReadOnlyList<TextLine> lines) => [];
}
