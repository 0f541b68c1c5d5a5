namespace PerfEval.Warehouse.Queries;

/// <summary>Up to a limit of the units with reports in one year only, and how many there are.</summary>
public sealed record OneYearUnits(IReadOnlyList<UnitYearPair> Units, int Total);

/// <summary>What the 对比 page shows: a page of the units in both years, the largest movers, the one-year units.</summary>
public sealed record YearOverYearPage(Paged<UnitYearPair> Both, IReadOnlyList<UnitYearPair> Movers, OneYearUnits OnlyA, OneYearUnits OnlyB);

/// <summary>对比 as one page: the paired units page by page (by name), the ten largest execution-rate changes, and the units of one year only.</summary>
public sealed class YearOverYearPageQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<YearOverYearPage> RunAsync(
        int yearA, int yearB, ReportFilter filter, PageRequest page, int listLimit, CancellationToken cancellationToken = default)
    {
        var rows = await database.ListAsync<SectionRow>(scope, "year_over_year_page", new
        {
            yearA, yearB, region = filter.Region, kind = filter.Kind, offset = page.Offset, pageSize = page.PageSize, listLimit,
        }, cancellationToken).ConfigureAwait(false);
        var both = Section(rows, "both");
        // A page past the end has no paired row to carry the total: page one is asked for it.
        var total = both.Count > 0 ? both[0].SectionTotal : await TotalBothAsync(yearA, yearB, filter, page, cancellationToken).ConfigureAwait(false);
        return new YearOverYearPage(
            new Paged<UnitYearPair>(both, total, page),
            Section(rows, "mover"),
            new OneYearUnits(Section(rows, "only_a"), Section(rows, "only_a").FirstOrDefault()?.SectionTotal ?? 0),
            new OneYearUnits(Section(rows, "only_b"), Section(rows, "only_b").FirstOrDefault()?.SectionTotal ?? 0));
    }

    private async Task<int> TotalBothAsync(int yearA, int yearB, ReportFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (page.Page <= 1)
        {
            return 0;
        }
        var first = await RunAsync(yearA, yearB, filter, page with { Page = 1, PageSize = 1 }, 0, cancellationToken).ConfigureAwait(false);
        return first.Both.Total;
    }

    private static List<SectionRow> Section(IReadOnlyList<SectionRow> rows, string section) =>
        [.. rows.Where(r => r.Section == section)];

    private sealed record SectionRow : UnitYearPair
    {
        public string Section { get; init; } = "";
        public int SectionTotal { get; init; }
    }
}
