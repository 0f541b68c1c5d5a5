using PerfEval.Extraction.Normalization.Regions;

namespace PerfEval.Extraction.Tests.Normalization.Regions;

public sealed class RegionResolverTests
{
    private static readonly RegionResolver Resolver = RegionResolver.Default;

    [Fact]
    public void CityDistrictAndStreetWrittenTogetherResolveTheStreet()
    {
        var result = Resolver.ResolveDetailed("部门（单位）名称：株洲市芦淞区龙泉街道办事处（盖章）", "株洲市芦淞区龙泉街道办事处");

        Assert.Equal(RegionStatus.Resolved, result.Status);
        Assert.Equal(("湖南省", "株洲市", "芦淞区", "龙泉街道", "430203007"),
            (result.Match.Province, result.Match.City, result.Match.District, result.Match.Street, result.Match.Code));
        Assert.Equal("株洲市芦淞区龙泉街道", result.Evidence!.Quote);
    }

    [Fact]
    public void ADistrictWithoutItsCityIsEnough()
    {
        var match = Resolver.Resolve("芦淞区龙泉街道2023年度整体支出绩效自评报告", "龙泉街道办事处");

        Assert.Equal("430203007", match.Code);
        Assert.Equal("株洲市", match.City);
    }

    [Fact]
    public void AMunicipalityDistrictGetsTheMunicipalityAsItsCity()
    {
        var match = Resolver.Resolve("重庆市璧山区人民政府璧泉街道办事处", "重庆市璧山区人民政府璧泉街道办事处");

        Assert.Equal(("重庆市", "重庆市", "璧山区", "500120002"), (match.Province, match.City, match.District, match.Code));
    }

    [Fact]
    public void AStreetNameSharedAcrossTheCountryStaysUnresolvedWithItsCandidates()
    {
        var result = Resolver.ResolveDetailed("资金划拨到青年路街道办事处所在的银行专项资金发放账户。", "青年路街道办事处");

        Assert.Equal(RegionStatus.Ambiguous, result.Status);
        Assert.Null(result.Match.Code);
        Assert.Null(result.Match.Street);
        Assert.Null(result.Match.Province);
        Assert.Superset(new HashSet<string> { "130207001", "220106005", "370306003", "371581001", "410122001" }, result.Match.Candidates.Select(c => c.Code).ToHashSet());
    }

    [Fact]
    public void ADistrictNamedAnywhereInTheTextDecidesASharedStreetName()
    {
        var match = Resolver.Resolve("青年路街道办事处2023年度整体支出绩效自评报告。……经周村区财政局审核，资金拨付到位。", "青年路街道办事处");

        Assert.Equal("370306003", match.Code);
        Assert.Equal("淄博市", match.City);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void ACountyClueDecidesToo()
    {
        var match = Resolver.Resolve("中牟县青年路街道办事处", "青年路街道办事处");

        Assert.Equal(("河南省", "郑州市", "中牟县", "410122001"), (match.Province, match.City, match.District, match.Code));
    }

    [Fact]
    public void AProvinceClueNarrowsTheCandidatesButLeavesTheStreetOpen()
    {
        var result = Resolver.ResolveDetailed("陕西省青年路街道办事处", "青年路街道办事处");

        Assert.Equal(RegionStatus.Partial, result.Status);
        Assert.Equal("陕西省", result.Match.Province);
        Assert.Null(result.Match.Street);
        Assert.Equal(["610104001", "610202004"], result.Match.Candidates.Select(c => c.Code));
    }

    [Fact]
    public void ADepartmentResolvesToItsDistrict()
    {
        var match = Resolver.Resolve("株洲市芦淞区财政局2023年度部门整体支出绩效自评报告", "株洲市芦淞区财政局");

        Assert.Equal(("湖南省", "株洲市", "芦淞区", "430203"), (match.Province, match.City, match.District, match.Code));
        Assert.Null(match.Street);
    }

    [Fact]
    public void TheDistrictNamedMostDecidesWhenTheUnitNamesNone()
    {
        var match = Resolver.Resolve("呈贡区卫生城市复审；呈贡区经济普查；嵩明县交流学习。", "机关事务中心");

        Assert.Equal("530114", match.Code);
    }

    [Fact]
    public void ATextWithoutAnyRegionNameIsUnknown()
    {
        var result = Resolver.ResolveDetailed("本单位2023年度预算执行情况良好。", "本单位");

        Assert.Equal(RegionStatus.Unknown, result.Status);
        Assert.Null(result.Match.Code);
        Assert.Null(result.Evidence);
    }

    [Fact]
    public void ANameBrokenAcrossLinesInPdfTextStillResolvesWithItsDistrict()
    {
        var result = Resolver.ResolveDetailed("2023 年度株洲市芦淞区龙泉街\n道办事处整体支出", "株洲市芦淞区龙泉街道办事处");

        Assert.Equal("430203007", result.Match.Code);
        Assert.Equal("株洲市芦淞区龙泉街\n道", result.Evidence!.Quote);
    }

    [Fact]
    public void ATwoCharacterCountyInTheUnitsNameIsItsDistrict()
    {
        var match = Resolver.Resolve("滑县财政局2023年度部门整体支出绩效自评报告", "滑县财政局");

        Assert.Equal(("河南省", "安阳市", "滑县"), (match.Province, match.City, match.District));
    }

    [Fact]
    public void AWeakCountyNameInTheBodyNeverBecomesTheRegionByItself()
    {
        var result = Resolver.ResolveDetailed("通过提高县域治理能力，推动工作开展。", "机关事务中心");

        Assert.Equal(RegionStatus.Unknown, result.Status);
    }

    [Fact]
    public void ADistrictNameSharedByFourCitiesListsDistrictCandidates()
    {
        var result = Resolver.ResolveDetailed("鼓楼区财政局2023年度部门整体支出绩效自评报告", "鼓楼区财政局");

        Assert.Equal(RegionStatus.Ambiguous, result.Status);
        Assert.Null(result.Match.Code);
        Assert.Equal(["320106", "320302", "350102", "410204"], result.Match.Candidates.Select(c => c.Code));
        Assert.All(result.Match.Candidates, c => Assert.Null(c.Street));
    }

    [Fact]
    public void ACityNamedInTheTextDecidesASharedDistrictName()
    {
        var match = Resolver.Resolve("鼓楼区财政局2023年度部门整体支出绩效自评报告。福州市财政局批复预算。", "鼓楼区财政局");

        Assert.Equal(("福建省", "福州市", "鼓楼区", "350102"), (match.Province, match.City, match.District, match.Code));
    }
}
