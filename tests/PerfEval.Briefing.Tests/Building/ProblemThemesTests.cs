using PerfEval.Briefing.Building;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Tests.Building;

public sealed class ProblemThemesTests
{
    [Fact]
    public void ClausesAreGroupedByTheFirstMatchingThemeAndCountedOncePerReport()
    {
        ReportProblems[] reports =
        [
            new() { DocumentId = "a", UnitName = "甲街道", Problems = "一是绩效目标设置不够细化。二是预算编制的精准度有待提高；绩效目标偏低。" },
            new() { DocumentId = "b", UnitName = "乙街道", Problems = "1.预算编制不够科学，年中追加较多\n2.天气原因影响施工" },
        ];

        var themes = ProblemThemes.Default.Group(reports, top: 5);

        Assert.Equal(["预算编制不够精准", "绩效目标设置不够科学", "其他问题"], themes.Select(t => t.Theme));
        Assert.Equal([2, 1, 1], themes.Select(t => t.Reports));
        Assert.Equal(["预算编制的精准度有待提高。", "预算编制不够科学，年中追加较多。"], themes[0].Quotes.Select(q => q.Quote));
        Assert.Equal("绩效目标设置不够细化。", Assert.Single(themes[1].Quotes).Quote);
    }

    [Fact]
    public void ProblemsOfNoThemeAreKeptUnderOthersAfterTheNamedThemesShown()
    {
        ReportProblems[] reports =
        [
            new() { DocumentId = "a", UnitName = "甲街道", Problems = "一是天气原因影响施工。二是部分社区场地不足。" },
            new() { DocumentId = "b", UnitName = "乙街道", Problems = "部分社区场地不足；预算编制不够科学。" },
            new() { DocumentId = "c", UnitName = "丙街道", Problems = "预算编制精准度不高；绩效目标不够细化。" },
        ];

        var themes = ProblemThemes.Default.Group(reports, top: 1);

        Assert.Equal(["预算编制不够精准", "其他问题"], themes.Select(t => t.Theme));
        Assert.Equal(2, themes[1].Reports);
        Assert.Equal(["天气原因影响施工。", "部分社区场地不足。"], themes[1].Quotes.Select(q => q.Quote));
    }
}
