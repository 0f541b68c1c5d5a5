namespace PerfEval.Warehouse.Loading;

/// <summary>One parsed document, shaped for the star schema. Money in 万元, rates in percent.</summary>
public sealed record ReportLoad
{
    public required SourceDocumentRow Document { get; init; }
    public required UnitRow Unit { get; init; }
    public RegionRow? Region { get; init; }
    public required ReportRow Report { get; init; }
    public IReadOnlyList<IndicatorFact> Indicators { get; init; } = [];
    public IReadOnlyList<SpendingFact> Spending { get; init; } = [];
    public IReadOnlyList<FlagFact> Flags { get; init; } = [];
    public IReadOnlyList<FieldEvidence> Evidence { get; init; } = [];
}

public sealed record SourceDocumentRow(
    string DocumentId,
    string FileName,
    string Format,
    long SizeBytes,
    string ParserVersion,
    string ExtractedText,
    bool IsOcr,
    bool IsDemo,
    DateTime LoadedAt);

public sealed record UnitRow(string UnitKey, string UnitName, string UnitType, string? RegionCode);

/// <summary>The most precise region resolved, with every level above it.</summary>
public sealed record RegionRow(
    string RegionCode,
    string Level,
    string? Province,
    string? ProvinceCode,
    string? City,
    string? CityCode,
    string? District,
    string? DistrictCode,
    string? Street,
    string? StreetCode);

public sealed record ReportRow
{
    public int? FiscalYear { get; init; }
    public required string Kind { get; init; }
    public string? ProjectName { get; init; }
    public string? RegionCode { get; init; }
    public string? RegionCandidates { get; init; }
    public string? Evaluator { get; init; }
    public decimal? BudgetInitial { get; init; }
    public decimal? BudgetAdjusted { get; init; }
    public decimal? Executed { get; init; }
    public decimal? ExecutionRate { get; init; }
    public decimal? ExecutionRateComputed { get; init; }
    public decimal? BasicSpending { get; init; }
    public decimal? ProjectSpending { get; init; }
    public decimal? ScoreReported { get; init; }
    public decimal? ScoreRecomputed { get; init; }
    public string? Grade { get; init; }
    public int? StaffPosts { get; init; }
    public int? StaffServing { get; init; }
    public string? Problems { get; init; }
    public string? Improvements { get; init; }

    public decimal? ScoreInflation => ScoreReported - ScoreRecomputed;
}

public sealed record IndicatorFact(
    string IndicatorKey,
    string? Level1,
    string? Level2,
    string Name,
    string Family,
    string? Target,
    string? Actual,
    decimal? Weight,
    decimal? Points,
    string? Deviation,
    bool IsExecutionRate,
    int? EvidenceOffset,
    string? EvidenceQuote);

public sealed record SpendingFact(string Name, string Category, decimal? Amount, string? SourceUnit, int? EvidenceOffset, string? EvidenceQuote);

/// <summary>Severity is info, warning or critical.</summary>
public sealed record FlagFact(string Rule, string Severity, string Message, int? EvidenceOffset, string? EvidenceQuote);

public sealed record FieldEvidence(string Field, int Offset, string Quote);
