using System.Text;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Tests.Normalization;

public sealed class SpendingCategoriesTests
{
    [Theory]
    [InlineData("社区运转经费", "社区运转")]
    [InlineData("补助社区工作经费", "社区运转")]
    [InlineData("基层党建管理经费", "党建")]
    [InlineData("2023年度离退休干部党组织工作经费及先进创建专项补助资金", "党建")]
    [InlineData("城管环卫及自建房整治经费", "城市管理与环卫")]
    [InlineData("就业补助及优抚对象补助经费", "社会保障与民生")]
    [InlineData("进京劝返及专项稳控工作经费", "安全与维稳")]
    [InlineData("城市标准化基础设施维修经费", "基础设施")]
    [InlineData("2023年公共图书馆美术馆文化馆免费开放补助", "文化体育")]
    [InlineData("呈贡区第五次全国经济普查经费", "统计普查")]
    [InlineData("职工食堂补助经费", "机关运行")]
    [InlineData("入滇沟渠保洁及绿化管理经费全面深化河长制工作经费", "生态环保")]
    [InlineData("协税护税工作经费", "经济发展")]
    [InlineData("其他项目支出", "其他")]
    public void LineNamesFallIntoTheirCategory(string name, string category) => Assert.Equal(category, SpendingCategories.Default.Classify(name));

    [Fact]
    public void TheEmbeddedTaxonomyListsTheDocumentedCategories()
    {
        Assert.Equal(
            ["社区运转", "党建", "城市管理与环卫", "生态环保", "社会保障与民生", "安全与维稳", "基础设施", "文化体育", "统计普查", "经济发展", "机关运行", "其他"],
            SpendingCategories.Default.Categories);
        Assert.Equal("其他", SpendingCategories.Default.Fallback);
    }

    [Fact]
    public void AHigherPriorityRuleWinsOverALongerKeywordOfALowerOne()
    {
        const string Json = """
            { "version": 1, "fallback": "其他", "categories": ["甲", "乙", "其他"],
              "rules": [ { "category": "甲", "priority": 10, "keywords": ["社区工作经费"] },
                         { "category": "乙", "priority": 20, "keywords": ["经费"] } ] }
            """;
        var taxonomy = SpendingCategories.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));
        Assert.Equal("乙", taxonomy.Classify("社区工作经费"));
        Assert.Equal("其他", taxonomy.Classify("补贴"));
    }

    [Fact]
    public void ARuleNamingAnUnlistedCategoryIsRejected()
    {
        const string Json = """{ "version": 1, "fallback": "其他", "categories": ["其他"], "rules": [ { "category": "丙", "priority": 1, "keywords": ["x"] } ] }""";
        Assert.Throws<InvalidDataException>(() => SpendingCategories.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))));
    }
}
