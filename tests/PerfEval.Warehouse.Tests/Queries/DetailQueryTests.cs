using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse.Tests.Queries;

public sealed class DetailQueryTests(SeedWarehouse warehouse) : IClassFixture<SeedWarehouse>
{
    private readonly WarehouseDatabase db = warehouse.Database;

    [Fact]
    public async Task UnitProfileHoldsReportsIndicatorsSpendingAndFlags()
    {
        var profile = await new UnitProfileQuery(db, RegionScope.All).RunAsync(SeedLikeLoads.LongquanKey);

        Assert.NotNull(profile);
        Assert.Equal("株洲市芦淞区龙泉街道办事处", profile.Unit.UnitName);
        Assert.Equal("芦淞区", profile.Unit.District);
        var report = Assert.Single(profile.Reports);
        Assert.Equal((573.38m, 2673.41m, 97d, 89d), (report.BudgetInitial!.Value, report.Budget!.Value, report.ScoreReported!.Value, report.ScoreRecomputed!.Value));
        Assert.Equal(9, profile.Indicators.Count);
        Assert.Equal(89d, profile.Indicators.Sum(i => i.Points!.Value));
        Assert.Equal(("=100%", "=97%"), profile.Indicators.Single(i => i.Name == "解决问题到位率") is var r ? (r.Target, r.Actual) : default);
        Assert.Equal(1110.25m, profile.Spending.Sum(s => s.Amount));
        Assert.Equal(4, profile.Flags.Count);
    }

    [Fact]
    public async Task AnUnknownUnitHasNoProfile() =>
        Assert.Null(await new UnitProfileQuery(db, RegionScope.All).RunAsync("no-such-unit"));

    [Fact]
    public async Task EveryHighlightQuotesTheTextAtItsOffset()
    {
        var document = await new ReportDetailQuery(db, RegionScope.All).RunAsync("c2a721f8483027a9");

        Assert.NotNull(document);
        var text = document.Detail.ExtractedText;
        Assert.Equal(4 + 9 + 4 + 4, document.Highlights.Count); // fields, indicators, spending lines, flags
        Assert.All(document.Highlights, h => Assert.Equal(h.Quote, text.Substring(h.Offset, h.Quote.Length)));
        Assert.Contains(document.Highlights, h => h.Source == "field" && h.Label == "budgetInitial" && h.Quote == "573.38");
        Assert.Equal("株洲市芦淞区龙泉街道办事处", document.Detail.UnitName);
    }

    [Fact]
    public async Task AnAmbiguousRegionShowsItsCandidates()
    {
        var document = await new ReportDetailQuery(db, RegionScope.All).RunAsync("977be8de7962d918");
        Assert.Equal("130207001,220106005,370306003,371581001,410122001", document!.Detail.RegionCandidates);
        Assert.Equal("城市社区工作经费", document.Detail.ProjectName);
    }

    [Fact]
    public async Task ReportListSortsByBudgetAndSearchesUnitNames()
    {
        var byBudget = await new ReportListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), null, new PageRequest(1, 5, "budget"));
        Assert.Equal(40, byBudget.Total);
        Assert.Equal(5, byBudget.Rows.Count);
        Assert.Equal(18580.25m, byBudget.Rows[0].Budget);
        Assert.Equal(8, byBudget.PageCount);

        var search = await new ReportListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), "龙泉", new PageRequest());
        var row = Assert.Single(search.Rows);
        Assert.Equal((4, false), (row.Flags, row.IsDemo));

        var ambiguous = await new ReportListQuery(db, RegionScope.All).RunAsync(new ReportFilter(Kind: "key_evaluation"), null, new PageRequest());
        Assert.True(Assert.Single(ambiguous.Rows).RegionAmbiguous);
    }

    [Fact]
    public async Task UnitListPagesAndSearches()
    {
        var page2 = await new UnitListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), null, new PageRequest(2, 10));
        Assert.Equal(18, page2.Total);
        Assert.Equal(8, page2.Rows.Count);
        var found = await new UnitListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), "璧泉", new PageRequest());
        Assert.Equal(SeedLikeLoads.BiquanKey, Assert.Single(found.Rows).UnitKey);
    }
}
