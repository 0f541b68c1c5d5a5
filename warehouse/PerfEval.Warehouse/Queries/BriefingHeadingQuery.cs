namespace PerfEval.Warehouse.Queries;

public sealed record BriefingHeading
{
    /// <summary>The chosen region's place name, null when no region is chosen or none of its places has reports.</summary>
    public string? RegionName { get; init; }

    /// <summary>The kind's Chinese label, null for all kinds.</summary>
    public string? KindName { get; init; }
}

/// <summary>简报 title: the names of the filter's region and report kind.</summary>
public sealed class BriefingHeadingQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<BriefingHeading> RunAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        await database.SingleOrDefaultAsync<BriefingHeading>(scope, "briefing_heading", new { region = filter.Region, kind = filter.Kind }, cancellationToken).ConfigureAwait(false)
        ?? new BriefingHeading();
}
