namespace PerfEval.Warehouse.Queries;

public sealed record UnitSummary
{
    public string UnitKey { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string UnitType { get; init; } = "";
    public string? RegionCode { get; init; }
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? Street { get; init; }
}

public sealed record UnitReport
{
    public string DocumentId { get; init; } = "";
    public int? FiscalYear { get; init; }
    public string Kind { get; init; } = "";
    public string? ProjectName { get; init; }
    public decimal? BudgetInitial { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    public double? Rate { get; init; }
    public double? ScoreReported { get; init; }
    public double? ScoreRecomputed { get; init; }
    public string? Grade { get; init; }
    public string FileName { get; init; } = "";
    public bool IsDemo { get; init; }
}

public sealed record UnitIndicatorRow
{
    public int? FiscalYear { get; init; }
    public string DocumentId { get; init; } = "";
    public int RowNo { get; init; }
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string Name { get; init; } = "";
    public string? Target { get; init; }
    public string? Actual { get; init; }
    public double? Weight { get; init; }
    public double? Points { get; init; }
    public string? Deviation { get; init; }
}

public sealed record UnitCategoryAmount
{
    public int? FiscalYear { get; init; }
    public string Category { get; init; } = "";
    public decimal Amount { get; init; }
}

public sealed record UnitFlag
{
    public int? FiscalYear { get; init; }
    public string DocumentId { get; init; } = "";
    public int FlagNo { get; init; }
    public string Rule { get; init; } = "";
    public string Severity { get; init; } = "";
    public string Message { get; init; } = "";
    public int? EvidenceOffset { get; init; }
    public string? EvidenceQuote { get; init; }
}

/// <summary>Everything the unit page shows: the unit, its reports by year, indicator rows, spending and flags.</summary>
public sealed record UnitProfile(
    UnitSummary Unit,
    IReadOnlyList<UnitReport> Reports,
    IReadOnlyList<UnitIndicatorRow> Indicators,
    IReadOnlyList<UnitCategoryAmount> Spending,
    IReadOnlyList<UnitFlag> Flags);

/// <summary>单位 profile of one unit across years; null when the unit is unknown.</summary>
public sealed class UnitProfileQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<UnitProfile?> RunAsync(string unitKey, CancellationToken cancellationToken = default)
    {
        var parameters = new { unitKey };
        var unit = await database.SingleOrDefaultAsync<UnitSummary>(scope, "unit_profile", parameters, cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return null;
        }
        return new UnitProfile(
            unit,
            await database.ListAsync<UnitReport>(scope, "unit_reports", parameters, cancellationToken).ConfigureAwait(false),
            await database.ListAsync<UnitIndicatorRow>(scope, "unit_indicators", parameters, cancellationToken).ConfigureAwait(false),
            await database.ListAsync<UnitCategoryAmount>(scope, "unit_spending", parameters, cancellationToken).ConfigureAwait(false),
            await database.ListAsync<UnitFlag>(scope, "unit_flags", parameters, cancellationToken).ConfigureAwait(false));
    }
}
