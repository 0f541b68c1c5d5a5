namespace PerfEval.Warehouse.Peers;

/// <summary>Where the last peer pass stopped (null before the first) and the newest load_journal entry.</summary>
public sealed record PeerPassState
{
    public long? LastLoadId { get; init; }
    public string? Settings { get; init; }
    public long NewestLoadId { get; init; }
}

/// <summary>
/// A current report as the peer pass reads it. <see cref="InUnitScope"/>: the unit rules' flags on it are replaced;
/// <see cref="InDistrictYearScope"/>: the district-year rules' flags are.
/// </summary>
public sealed record PeerReportRow
{
    public string DocumentId { get; init; } = "";
    public string UnitKey { get; init; } = "";
    public string? DistrictCode { get; init; }
    public int? FiscalYear { get; init; }
    public string Kind { get; init; } = "";
    public string? ProjectName { get; init; }
    public decimal? Score { get; init; }
    public decimal? ExecutionRate { get; init; }
    public string FileName { get; init; } = "";
    public string? FiguresHash { get; init; }
    public bool InUnitScope { get; init; }
    public bool InDistrictYearScope { get; init; }
}

/// <summary>A document that <see cref="CurrentId"/> superseded, <see cref="Depth"/> steps back along the chain.</summary>
public sealed record PeerPredecessorRow
{
    public string CurrentId { get; init; } = "";
    public string DocumentId { get; init; } = "";
    public int Depth { get; init; }
    public string FileName { get; init; } = "";
    public string? FiguresHash { get; init; }
}

/// <summary>One peer flag to store; evidence stays null (the finding is about other reports, not a quote).</summary>
public sealed record PeerFlagRow(string DocumentId, string Rule, string Severity, string Message);
