using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse.Tests.Queries;

public sealed class YearOverYearPageQueryTests(SeedWarehouse warehouse) : IClassFixture<SeedWarehouse>
{
    private readonly WarehouseDatabase db = warehouse.Database;

    [Fact]
    public async Task PagesThroughTheUnitsOfBothYearsInTheOrderOfTheFullComparison()
    {
        var all = await new YearOverYearQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter());
        var query = new YearOverYearPageQuery(db, RegionScope.All);

        var second = await query.RunAsync(2022, 2023, new ReportFilter(), new PageRequest(2, 4), 100);

        var pairs = all.Where(r => r.InA && r.InB).ToList();
        Assert.Equal(11, second.Both.Total);
        Assert.Equal(3, second.Both.PageCount);
        Assert.Equal(pairs.Skip(4).Take(4).Select(r => r.UnitKey), second.Both.Rows.Select(r => r.UnitKey));
        Assert.Equal(pairs[4].BudgetB, second.Both.Rows[0].BudgetB);
        Assert.Equal(pairs[4].RateChange, second.Both.Rows[0].RateChange);
    }

    [Fact]
    public async Task MoversAreTheTenLargestRateChangesAndOneYearUnitsAreListedUpToTheLimit()
    {
        var all = await new YearOverYearQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter());
        var page = await new YearOverYearPageQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter(), new PageRequest(), 3);

        var expectedMovers = all.Where(r => r.InA && r.InB && r.RateChange is not null)
            .OrderByDescending(r => Math.Abs(r.RateChange!.Value)).ThenBy(r => r.UnitName, StringComparer.Ordinal).Take(10);
        Assert.Equal(expectedMovers.Select(r => r.UnitKey), page.Movers.Select(r => r.UnitKey));
        Assert.Equal(all.Where(r => r.InA && !r.InB).Select(r => r.UnitKey), page.OnlyA.Units.Select(r => r.UnitKey));
        Assert.Equal(2, page.OnlyA.Total);
        Assert.Equal(5, page.OnlyB.Total);
        Assert.Equal(all.Where(r => !r.InA && r.InB).Take(3).Select(r => r.UnitKey), page.OnlyB.Units.Select(r => r.UnitKey));
    }

    [Fact]
    public async Task APagePastTheEndIsEmptyButKeepsTheTotal()
    {
        var page = await new YearOverYearPageQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter(), new PageRequest(9, 50), 100);

        Assert.Empty(page.Both.Rows);
        Assert.Equal(11, page.Both.Total);
        Assert.Equal(10, page.Movers.Count);
    }

    [Fact]
    public async Task AUnitUserSeesOnlyTheUnitsOfTheirRegion()
    {
        var page = await new YearOverYearPageQuery(db, RegionScope.Region("430203")).RunAsync(2022, 2023, new ReportFilter(), new PageRequest(), 100);
        var all = await new YearOverYearQuery(db, RegionScope.Region("430203")).RunAsync(2022, 2023, new ReportFilter());

        Assert.InRange(page.Both.Total, 1, 10); // the demo streets of 芦淞区, not all eleven
        Assert.Equal(all.Count(r => r.InA && r.InB), page.Both.Total);
        Assert.Equal(all.Count(r => !r.InA && r.InB), page.OnlyB.Total);
        Assert.DoesNotContain(page.OnlyB.Units, r => r.UnitKey == SeedLikeLoads.BiquanKey);
    }
}
