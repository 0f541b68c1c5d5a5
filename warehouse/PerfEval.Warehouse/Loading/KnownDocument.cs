namespace PerfEval.Warehouse.Loading;

/// <summary>A document the warehouse has seen: loaded, or quarantined, by a parser version.</summary>
public sealed record KnownDocument(string DocumentId, string ParserVersion, string Status);
