namespace PerfEval.Extraction.Checks;

/// <summary>
/// What the cross-report checks need of one loaded report. <see cref="UnitKey"/> identifies the unit across years
/// (e.g. its region code plus normalised name); <see cref="IndicatorTargets"/> holds "indicator name=target" pairs;
/// <see cref="FiguresHash"/> is a hash of the extracted figures, so two files with the same figures hash alike.
/// <see cref="ProjectName"/> tells a unit's project reports apart; <see cref="FileName"/> names the source file in
/// messages (and tells a new version of the same file from another file).
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
    string FiguresHash,
    string? ProjectName = null,
    string? FileName = null)
{
    /// <summary>The file name when known, else the document id: how messages name another report.</summary>
    public string DisplayName => FileName ?? DocumentId;
}
