using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Rules.Money;

public sealed class StaffRuleTests
{
    [Theory]
    [InlineData("单位编制数40人，实有在职人数37人。", 40, 37, null, null)]
    [InlineData("共有财政全额拨款人员73人(其中在职39人、退休34人)。", null, 39, 73, 34)]
    [InlineData("核定编制数：25，实有人员22人。", 25, 22, null, null)]
    [InlineData("公务员核定编制数44，控制编制数40，实有人员38人。事业单位核定编制数88，控制编制数68，实有人员81人。", 132, 119, null, null)]
    public void StaffCountsAreReadFromTheText(string text, int? posts, int? serving, int? funded, int? retired) =>
        Assert.Equal(new StaffFigures(posts, serving, funded, retired), MoneyTestFiles.Extract("x.txt", text).Staff);

    [Fact]
    public void ControlledPostsAndYearsAreNotPosts()
    {
        var report = MoneyTestFiles.Extract("x.txt", "控制编制数40，编制数\n2023年实际情况另表说明。");
        Assert.Null(report.Staff);
    }

    [Fact]
    public void AStaffTableComesBeforeTheText()
    {
        var report = MoneyTestFiles.Extract(TableBuilder.Document("年末实有人数36人。",
        [
            ["财政供养人员情况（人）", "编制数", "2023年实际在职人数", "控制率"],
            ["", "40", "37", "92.5%"],
        ]));
        Assert.Equal(new StaffFigures(40, 37), report.Staff);
    }

    [Fact]
    public void AStaffTableFlattenedOntoSpacedLinesIsRead()
    {
        var report = MoneyTestFiles.Extract("x.txt", "附件1\n基础数据表\n财政供养人员情况（人） 编制数 实际在职人数 控制率\n49 46 93.88%\n附件2\n");
        Assert.Equal(new StaffFigures(49, 46), report.Staff);
    }

    [Fact]
    public void AGluedStaffRowIsCutWhereTheCountsGiveTheStatedControlRate()
    {
        var report = MoneyTestFiles.Extract("x.txt", "附件1\n基础数据表\n财政供养人员情况（人）编制数实际在职人数控制率\n717098.60%\n附件2\n");
        Assert.Equal(new StaffFigures(71, 70), report.Staff);
    }
}
