using PerfEval.Dashboard.Components.Filters;
using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Exports;

/// <summary>The same URL state the pages read (year, region cascade, kind, search, sort, rule, severity, status, a, b).</summary>
public sealed record ExportRequest(IQueryCollection Query)
{
    public string? Text(string name) => Query[name].FirstOrDefault() is { Length: > 0 } v ? v : null;

    public int? Int(string name) => int.TryParse(Text(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    public ReportFilter Filter(int? year)
    {
        var kind = Text("kind");
        return new ReportFilter(
            year,
            RegionSelection.From(Text("province"), Text("city"), Text("district")).Code(),
            Labels.Kinds.Any(k => k.Code == kind) ? kind : null);
    }

    /// <summary>Everything, in the page's order: exports are not paged.</summary>
    public PageRequest All => new(1, 1_000_000, Text("sort"));
}
