using System.Globalization;
using PerfEval.Dashboard.Components.Filters;
using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Briefing;

/// <summary>
/// The briefing's URL state: year (the latest when absent or unknown), region as a code (?region=) or the filter
/// bar's province/city/district cascade, and kind. The same URL serves the page and the .docx.
/// </summary>
public sealed record BriefingRequest(int Year, string? Region, string? Kind)
{
    public ReportFilter Filter => new(Year, Region, Kind);

    /// <summary>The region code as the filter bar's cascade, so its selects show the chosen place.</summary>
    public RegionSelection Selection => Region is { } r
        ? RegionSelection.From(r[..Math.Min(2, r.Length)], r.Length >= 4 ? r[..4] : null, r.Length >= 6 ? r[..6] : null)
        : new RegionSelection(null, null, null);

    public string Query =>
        "?year=" + Year.ToString(CultureInfo.InvariantCulture)
        + (Region is null ? "" : "&region=" + Region)
        + (Kind is null ? "" : "&kind=" + Kind);

    public static BriefingRequest? From(IReadOnlyList<int> years, int? year, string? region, RegionSelection cascade, string? kind)
    {
        if (years.Count == 0)
        {
            return null;
        }
        var code = region is { Length: >= 2 } r && r.All(char.IsAsciiDigit) ? r : cascade.Code();
        return new BriefingRequest(
            year is { } y && years.Contains(y) ? y : years[0],
            code,
            Labels.Kinds.Any(k => k.Code == kind) ? kind : null);
    }
}
