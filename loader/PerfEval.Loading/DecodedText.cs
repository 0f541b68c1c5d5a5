namespace PerfEval.Loading;

/// <summary>What the warehouse keeps of a decoded document: its text and whether OCR produced it.</summary>
internal sealed record DecodedText(string Text, bool IsOcr);
