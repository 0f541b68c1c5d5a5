namespace PerfEval.Warehouse.Queries;

/// <summary>
/// The filter most dashboard questions share. <see cref="Region"/> is a region code at any level (province 2 digits,
/// city 4, district 6): a report matches when its region code starts with it.
/// </summary>
public sealed record ReportFilter(int? Year = null, string? Region = null, string? Kind = null)
{
    internal object Parameters => new { year = Year, region = Region, kind = Kind };
}
