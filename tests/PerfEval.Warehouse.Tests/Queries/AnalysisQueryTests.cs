using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse.Tests.Queries;

public sealed class AnalysisQueryTests(SeedWarehouse warehouse) : IClassFixture<SeedWarehouse>
{
    private readonly WarehouseDatabase db = warehouse.Database;

    [Fact]
    public async Task YearOverYearPairsUnitsAndKeepsThoseInOnlyOneYear()
    {
        var rows = await new YearOverYearQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter());

        Assert.Equal(11 + 1 + 1 + 5, rows.Count); // both years, demo only 2022, hostile only 2022, seeds only 2023
        Assert.Equal(11, rows.Count(r => r.InA && r.InB));
        Assert.Contains(rows, r => r.UnitKey == "u-demo-11" && r.InA && !r.InB);
        var longquan = rows.Single(r => r.UnitKey == SeedLikeLoads.LongquanKey);
        Assert.Equal((false, true, 2673.41m), (longquan.InA, longquan.InB, longquan.BudgetB!.Value));
        var both = rows.First(r => r.InA && r.InB);
        Assert.Equal(both.RateB - both.RateA, both.RateChange);
    }

    [Fact]
    public async Task CategoryMixGivesBothYearsShares()
    {
        var rows = await new CategoryMixChangeQuery(db, RegionScope.All).RunAsync(2022, 2023, new ReportFilter());
        Assert.Equal(100d, rows.Sum(r => r.ShareA ?? 0), 6);
        Assert.Equal(100d, rows.Sum(r => r.ShareB ?? 0), 6);
        var fund = rows.Single(r => r.Category == "政府性基金");
        Assert.Equal((null, 1769.87m), (fund.AmountA, fund.AmountB));
    }

    [Fact]
    public async Task FlagsFilterByRuleSeverityAndRegion()
    {
        var outruns = await new FlagListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), "score_outruns_spending", null, new PageRequest());
        var flag = Assert.Single(outruns.Rows);
        Assert.Equal((SeedLikeLoads.BiquanKey, "critical", "预算执行率70.00%"), (flag.UnitKey, flag.Severity, flag.EvidenceQuote));

        var longquan = await new FlagListQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203007"), null, null, new PageRequest());
        Assert.Equal(4, longquan.Total);
        Assert.Equal("warning", longquan.Rows[0].Severity); // warnings before info
        var critical = await new FlagListQuery(db, RegionScope.All).RunAsync(new ReportFilter(), null, "critical", new PageRequest());
        Assert.All(critical.Rows, f => Assert.Equal("critical", f.Severity));
        Assert.Contains(await new FlagRuleCountsQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023)), r => r.Rule == "score_outruns_spending" && r.Critical == 1);
    }

    [Fact]
    public async Task ScoreInflationRanksReportedOverRecomputed()
    {
        var rows = await new ScoreInflationRankingQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203007"));
        var row = Assert.Single(rows);
        Assert.Equal((97d, 89d, 8d), (row.ScoreReported, row.ScoreRecomputed, row.Inflation));
        var all = await new ScoreInflationRankingQuery(db, RegionScope.All).RunAsync(new ReportFilter());
        Assert.Equal(all.OrderByDescending(r => r.Inflation).Select(r => r.Inflation), all.Select(r => r.Inflation));
    }

    [Fact]
    public async Task ScoreOutrunsSpendingMeasuresClaimedPointsAgainstMoneySpent()
    {
        var rows = await new ScoreOutrunsSpendingRankingQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "50"));
        var row = Assert.Single(rows);
        Assert.Equal(100d, row.ClaimedShare, 6); // 90 of 90 non-execution points claimed
        Assert.Equal(100d * (1 - 0.700032), row.Gap, 4);
        Assert.True(row.Flagged);
        // 龙泉街道 claimed 79 of 90 points with all its money spent: no warning.
        Assert.Empty(await new ScoreOutrunsSpendingRankingQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203007")));
    }

    [Fact]
    public async Task LoadsPageSeesHistoryAndQuarantinedFiles()
    {
        var history = await new LoadHistoryQuery(db, RegionScope.All).RunAsync(null, new PageRequest(1, 10));
        Assert.Equal(41, history.Total);
        Assert.Equal("quarantined", history.Rows[0].Status); // the newest attempt
        var quarantined = Assert.Single(await new QuarantineListQuery(db, RegionScope.All).RunAsync());
        Assert.Equal("不是有效的 Word 文件（zip 结构损坏）", quarantined.Reason);
        Assert.Equal(40, (await new LoadHistoryQuery(db, RegionScope.All).RunAsync("loaded", new PageRequest())).Total);
    }
}
