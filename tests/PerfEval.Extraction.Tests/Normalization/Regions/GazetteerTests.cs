using PerfEval.Extraction.Normalization.Regions;

namespace PerfEval.Extraction.Tests.Normalization.Regions;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Fact]
    public void DefaultLoadsEveryLevelShippedBesideTheAssembly()
    {
        var counts = Gazetteer.Places.GroupBy(p => p.Level).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(31, counts[RegionLevel.Province]);
        Assert.Equal(342, counts[RegionLevel.City]);
        Assert.Equal(2978, counts[RegionLevel.District]);
        Assert.Equal(41352, counts[RegionLevel.Street]);
    }

    [Fact]
    public void StreetsSharingANameAreAllFoundWithTheirOwnCodes()
    {
        var codes = Gazetteer.FindByName("青年路街道", RegionLevel.Street).Select(p => p.Code).ToList();

        Assert.Subset(codes.ToHashSet(), new HashSet<string> { "130207001", "220106005", "370306003", "371581001", "410122001" });
        Assert.All(codes, c => Assert.Equal(9, c.Length));
    }

    [Fact]
    public void AMunicipalityStandsInForItsPlaceholderCity()
    {
        var street = Gazetteer.Find("500120002")!;

        Assert.Equal("重庆市", Gazetteer.CityName(street));
        Assert.Equal("璧山区", Gazetteer.DistrictName(street));
        Assert.Equal("璧泉街道", street.Name);
    }

    [Fact]
    public void AProvinceAdministeredCountyHasNoCityName()
    {
        var jiyuan = Gazetteer.FindByName("济源市", RegionLevel.District).Single();

        Assert.Null(Gazetteer.CityName(jiyuan));
        Assert.Equal("河南省", Gazetteer.ProvinceName(jiyuan));
    }

    [Fact]
    public void MentionsTakeTheLongestNameEndingAtAPlace()
    {
        var mentions = Gazetteer.FindMentions("武汉市江夏区乌龙泉街道办事处");

        Assert.Equal(["武汉市", "江夏区", "乌龙泉街道"], mentions.Select(m => m.Name));
        Assert.Equal(6, mentions[2].Offset);
    }

    [Fact]
    public void TwoCharacterDistrictNamesAreTooCommonToCountAsMentions()
    {
        var mentions = Gazetteer.FindMentions("辖区城区郊区矿区环境整治");

        Assert.Empty(mentions);
    }

    [Fact]
    public void AProvinceShortFormIsAWeakMention()
    {
        var mention = Assert.Single(Gazetteer.FindMentions("湖南某公司"));

        Assert.True(mention.IsWeak);
        Assert.Equal("湖南省", mention.Places[0].Name);
    }

    [Fact]
    public void ANameBrokenAcrossLinesIsStillFound()
    {
        var text = "株洲市芦淞区龙泉街\n  道办事处";

        var mention = Gazetteer.FindMentions(text)[^1];

        Assert.Equal("龙泉街道", mention.Name);
        Assert.Equal(6, mention.Offset);
        Assert.Equal("龙泉街\n  道", text[mention.Offset..mention.End]);
    }

    [Fact]
    public void BlanksWithoutALineBreakSeparateNames()
    {
        Assert.DoesNotContain(Gazetteer.FindMentions("龙泉街  道"), m => m.Name == "龙泉街道");
    }

    [Fact]
    public void ATwoCharacterCountyIsAWeakMentionAndATwoCharacterDistrictNone()
    {
        var mentions = Gazetteer.FindMentions("滑县城区");

        var county = Assert.Single(mentions);
        Assert.Equal("滑县", county.Name);
        Assert.True(county.IsWeak);
    }
}
