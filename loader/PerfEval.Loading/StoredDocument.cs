namespace PerfEval.Loading;

/// <summary>A document as the warehouse keeps it, for re-extraction by a newer parser.</summary>
public sealed record StoredDocument(string DocumentId, string FileName, string Format, long SizeBytes, string ExtractedText, bool IsOcr, bool IsDemo);
