namespace PerfEval.Extraction.Checks;

/// <summary>
/// What the cross-report checks need of one loaded report. <see cref="UnitKey"/> identifies the unit across years
/// (e.g. its region code plus normalised name); <see cref="IndicatorTargets"/> holds "indicator name=target" pairs;
/// <see cref="FiguresHash"/> is a hash of the extracted figures, so two files with the same figures hash alike.
/// </summary>
public sealed record PeerReport(
    string DocumentId,
    string UnitKey,
    string? DistrictCode,
    int? FiscalYear,
    string? Kind,
    decimal? Score,
    decimal? ExecutionRate,
    IReadOnlyList<string> IndicatorTargets,
    string FiguresHash);
