namespace PerfEval.Warehouse.Queries;

public sealed record ReportDetail
{
    public string DocumentId { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public long SizeBytes { get; init; }
    public string ParserVersion { get; init; } = "";
    public string ExtractedText { get; init; } = "";
    public bool IsOcr { get; init; }
    public bool IsDemo { get; init; }
    public DateTime LoadedAt { get; init; }
    public string? SupersededBy { get; init; }
    public string? UnitKey { get; init; }
    public string? UnitName { get; init; }
    public int? FiscalYear { get; init; }
    public string? Kind { get; init; }
    public string? ProjectName { get; init; }
    public string? Evaluator { get; init; }
    public string? RegionCandidates { get; init; }
    public decimal? BudgetInitial { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? Rate { get; init; }
    public double? ScoreReported { get; init; }
    public double? ScoreRecomputed { get; init; }
    public string? Grade { get; init; }
}

/// <summary>An extracted figure's evidence: where in the extracted text, the quoted text, and what it is.</summary>
public sealed record EvidenceHighlight
{
    /// <summary>field, indicator, spending or flag.</summary>
    public string Source { get; init; } = "";
    public string Label { get; init; } = "";
    public int Offset { get; init; }
    public string Quote { get; init; } = "";
}

public sealed record ReportDocument(ReportDetail Detail, IReadOnlyList<EvidenceHighlight> Highlights);

/// <summary>One document with its extracted text and every piece of evidence; null when unknown.</summary>
public sealed class ReportDetailQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<ReportDocument?> RunAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var parameters = new { documentId };
        var detail = await database.SingleOrDefaultAsync<ReportDetail>(scope, "report_detail", parameters, cancellationToken).ConfigureAwait(false);
        if (detail is null)
        {
            return null;
        }
        var highlights = await database.ListAsync<EvidenceHighlight>(scope, "report_highlights", parameters, cancellationToken).ConfigureAwait(false);
        return new ReportDocument(detail, highlights);
    }
}
