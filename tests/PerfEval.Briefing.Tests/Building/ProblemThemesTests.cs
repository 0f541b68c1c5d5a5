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

        Assert.Equal(["预算编制不够精准", "绩效目标设置不够科学"], themes.Select(t => t.Theme));
        Assert.Equal([2, 1], themes.Select(t => t.Reports));
        Assert.Equal(["预算编制的精准度有待提高。", "预算编制不够科学，年中追加较多。"], themes[0].Quotes.Select(q => q.Quote));
        Assert.Equal("绩效目标设置不够细化。", Assert.Single(themes[1].Quotes).Quote);
    }
}
