using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse.Tests.Queries;

public sealed class OverviewQueryTests(SeedWarehouse warehouse) : IClassFixture<SeedWarehouse>
{
    private readonly WarehouseDatabase db = warehouse.Database;

    [Fact]
    public async Task KpisOfOneStreetAreItsSeedFigures()
    {
        var kpis = await new OverviewKpisQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203007"));

        var current = Assert.IsType<YearKpis>(kpis.Current);
        Assert.Equal(1, current.Reports);
        Assert.Equal(2673.41m, current.Budget);
        Assert.Equal(2673.41m, current.Executed);
        Assert.Equal(100d, current.WeightedRate!.Value, 6);
        Assert.Equal(97d, current.MedianScore);
        Assert.Equal(0, current.RedFlags);
        Assert.Equal(0, current.DemoReports);
        Assert.Null(kpis.Previous);
    }

    [Fact]
    public async Task KpisCompareWithThePreviousYearAndCountRedFlags()
    {
        var kpis = await new OverviewKpisQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023));

        Assert.Equal(16, kpis.Current!.Reports); // 5 seeds + 11 demo units
        Assert.Equal(13, kpis.Previous!.Reports); // 12 demo units + the hostile document
        Assert.Equal(11, kpis.Current.DemoReports);
        var chongqing = await new OverviewKpisQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "50"));
        Assert.Equal(1, chongqing.Current!.RedFlags);
    }

    [Fact]
    public async Task KindFilterKeepsOnlyThatKind()
    {
        var kpis = await new OverviewKpisQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, Kind: "project"));
        Assert.Equal(2, kpis.Current!.Reports);
        Assert.Equal(547.92m, kpis.Current.Budget); // 龙城街道 states no budget
    }

    [Fact]
    public async Task ExecutionRatesAreBudgetWeightedAndSortedLowestFirst()
    {
        var rates = await new ExecutionRateByUnitQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023));
        Assert.Equal(rates.OrderBy(r => r.Rate).Select(r => r.UnitKey), rates.Select(r => r.UnitKey));

        var biquan = Assert.Single(await new ExecutionRateByUnitQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "50")));
        Assert.Equal(100d * 13006.70 / 18580.25, biquan.Rate!.Value, 6);
        Assert.Equal("璧山区", biquan.District);
    }

    [Fact]
    public async Task ScoreBandsCountReportsWithoutAScoreSeparately()
    {
        var bands = await new ScoreDistributionQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "43", "project"));
        Assert.Equal(["优", "良", "中", "差", "未评分"], bands.Select(b => b.Band));
        Assert.Equal([0, 0, 0, 0, 1], bands.Select(b => b.Reports)); // 青山街道 reports no score
    }

    [Fact]
    public async Task BoxPlotSummarisesScoresPerDistrict()
    {
        var boxes = await new ScoreBoxByDistrictQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203"));
        var box = Assert.Single(boxes);
        Assert.Equal("芦淞区", box.District);
        Assert.Equal(5, box.Reports);
        Assert.True(box.Min <= box.Q1 && box.Q1 <= box.Median && box.Median <= box.Q3 && box.Q3 <= box.Max);
        Assert.Equal(97d, box.Max); // 龙泉街道
    }

    [Fact]
    public async Task ScatterHasOnePointPerReportWithRateAndScore()
    {
        var points = await new RateScoreScatterQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "50"));
        var p = Assert.Single(points);
        Assert.Equal((97d, 70.0032), (p.Score, p.Rate));
    }

    [Fact]
    public async Task SpendingByCategoryAddsUpAUnitsLines()
    {
        var rows = await new SpendingByCategoryQuery(db, RegionScope.All).RunAsync(new ReportFilter(2023, "430203007"));
        Assert.Equal(1110.25m, rows.Sum(r => r.Amount));
        Assert.Equal(414.38m, rows.Single(r => r.Category == "社区运转").Amount);
    }

    [Fact]
    public async Task CategorySharesOfEachYearAddUpToAHundred()
    {
        var rows = await new CategoryShareByYearQuery(db, RegionScope.All).RunAsync(new ReportFilter());
        Assert.Equal([2021, 2022, 2023], rows.Select(r => r.FiscalYear).Distinct().Order());
        foreach (var year in rows.GroupBy(r => r.FiscalYear))
        {
            Assert.Equal(100d, year.Sum(r => r.Share!.Value), 6);
        }
    }

    [Fact]
    public async Task RegionTreeShowsEveryResolvedDistrict()
    {
        var tree = await new RegionTreeQuery(db, RegionScope.All).RunAsync();
        Assert.Contains(tree, r => r.Province == "重庆市" && r.City == "市辖区" && r.District == "璧山区" && r.DistrictCode == "500120");
        Assert.Contains(tree, r => r.District == "芦淞区" && r.CityCode == "4302");
        Assert.Equal(4, tree.Count);
        Assert.Equal([2023, 2022, 2021], await new YearListQuery(db, RegionScope.All).RunAsync());
    }
}
