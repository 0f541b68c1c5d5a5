using PerfEval.Generator.Regions;

namespace PerfEval.Generator.Tests;

public sealed class RegionSetTests
{
    [Fact]
    public void ZhuzhousFourUrbanDistrictsHaveThirtyStreetsWithNineDigitCodes()
    {
        var regions = RegionSet.Load(GazetteerFolder.Locate(), "株洲市", ["荷塘区", "芦淞区", "石峰区", "天元区"]);

        Assert.Equal("湖南省", regions.Province);
        Assert.Equal(["荷塘区", "芦淞区", "石峰区", "天元区"], regions.Districts.Select(d => d.Name));
        var streets = regions.Districts.SelectMany(d => d.Streets).ToList();
        Assert.Equal(30, streets.Count);
        Assert.All(streets, s => Assert.Matches("^4302(02|03|04|11)[0-9]{3}$", s.Code));
        Assert.Contains(streets, s => s is { Name: "龙泉街道", Code: "430203007", District: "芦淞区" });
        Assert.Equal("乡镇", streets.Single(s => s.Name == "白关镇").UnitType);
    }

    [Fact]
    public void AStreetNameSharedAcrossTheCountryListsEveryNamesake()
    {
        var regions = RegionSet.Load(GazetteerFolder.Locate(), "株洲市", []);

        var namesakes = regions.StreetsNamed("青年路街道");

        Assert.True(namesakes.Count >= 5);
        Assert.Contains(namesakes, s => s.Code == "370306003");
    }

    [Fact]
    public void AMunicipalityIsNamedForItselfNotForItsDistrictList()
    {
        var regions = RegionSet.Load(GazetteerFolder.Locate(), "重庆市", ["璧山区"]);

        Assert.Equal("重庆市", regions.City);
        Assert.Contains(regions.Districts.Single().Streets, s => s is { Name: "璧泉街道", Code: "500120002", City: "重庆市" });
    }

    [Fact]
    public void AnUnknownCityIsRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => RegionSet.Load(GazetteerFolder.Locate(), "不存在市", []));

        Assert.Contains("不存在市", error.Message, StringComparison.Ordinal);
    }
}
