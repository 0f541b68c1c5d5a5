using PerfEval.Extraction.Rules.Identity;

namespace PerfEval.Extraction.Tests.Rules.Identity;

public sealed class UnitNameTests
{
    [Theory]
    [InlineData("青山街道办事处", "街道")]
    [InlineData("龙城街道", "街道")]
    [InlineData("龙城街道党工委", "街道")]
    [InlineData("新宁县高桥镇人民政府", "乡镇")]
    [InlineData("高桥镇", "乡镇")]
    [InlineData("石门乡人民政府", "乡镇")]
    [InlineData("株洲市芦淞区财政局", "部门")]
    [InlineData("芦淞区乡村振兴局", "部门")]
    [InlineData("璧山区人民政府办公室", "部门")]
    [InlineData("中共芦淞区委组织部", "部门")]
    [InlineData("青山街道财政所", "部门")]
    [InlineData("璧山区人民政府", "其他")]
    [InlineData("朝阳区东坝地区办事处", "街道")]
    public void TheTypeFollowsHowTheNameEnds(string name, string type) => Assert.Equal(type, UnitName.Classify(name));

    [Theory]
    [InlineData("2023年度青山街道项目支出绩效自评报告", "青山街道")]
    [InlineData("龙城街道办事处2023年200万元以下项目支出绩效报告（自评）", "龙城街道办事处")]
    [InlineData("关于株洲市芦淞区财政局2023年度部门整体支出绩效自评报告", "株洲市芦淞区财政局")]
    [InlineData("2023年度城市社区工作经费项目绩效自评报告", null)]
    [InlineData("2023年度部门整体支出绩效自评报告", null)]
    [InlineData("青山街道办事处关于2023年度项目支出绩效自评情况的报告", "青山街道办事处")]
    public void TheTitleGivesTheUnitButNotAProject(string title, string? unit) => Assert.Equal(unit, UnitName.FromTitle(title));

    [Theory]
    [InlineData("实施单位：株洲市荷塘区茨菇塘街道办事处", "株洲市荷塘区茨菇塘街道办事处", "街道")]
    [InlineData("项目实施单位：荷塘区财政局", "荷塘区财政局", "部门")]
    public void TheImplementingUnitOfAProjectIsTheUnitAsWritten(string line, string unit, string type)
    {
        var report = RepoFiles.ExtractString("2021年度背街小巷提质改造经费项目支出绩效自评报告\n" + line + "\n茨菇塘街道办事处负责实施。");

        Assert.Equal(unit, report.UnitName);
        Assert.Equal(type, report.UnitType);
    }

    [Fact]
    public void ATablesUnitLineIsNotTheUnitsName()
    {
        var report = RepoFiles.ExtractString("单位：万元\n部门（单位）名称：璧泉街道办事处（盖章）\n2023年度整体支出绩效自评报告");

        Assert.Equal("璧泉街道办事处", report.UnitName);
    }

    [Fact]
    public void AShortTitleNameTakesTheSuffixTheBodyWritesItWithButNotItsRegion()
    {
        var report = RepoFiles.ExtractString("2023年度青山街道项目支出绩效自评报告\n衡阳市石鼓区青山街道办事处是正科级单位。");

        Assert.Equal("青山街道办事处", report.UnitName);
        Assert.Equal("青山街道", report.Evidence["unitName"].Quote);
    }

    [Fact]
    public void AFormsLabelCellAndValueCellGiveTheUnit()
    {
        var report = RepoFiles.ExtractString("2023年度部门（单位）整体支出绩效自评表\n\t区级预算部门（单位）名称\n\t株洲市芦淞区龙泉街道办事处\n\n\t年度预算申请");

        Assert.Equal("株洲市芦淞区龙泉街道办事处", report.UnitName);
        Assert.Equal("430203007", report.Region!.Code);
    }

    [Theory]
    [InlineData("附件2\n2023年度部门整体支出绩效自评报告\n一、基本情况\n石鼓区青山街道办事处是行政单位。", "青山街道办事处", 2023)]
    [InlineData("株洲市芦淞区财政局\n2022年度部门整体支出绩效自评报告", "株洲市芦淞区财政局", 2022)]
    [InlineData("2023年度株洲市芦淞区龙泉街道办事处整体支出\n绩效自评报告", "株洲市芦淞区龙泉街道办事处", 2023)]
    public void ATitleIsJoinedWithTheLineBeforeItOnlyWhenTogetherTheyNameAUnit(string text, string unit, int year)
    {
        var report = RepoFiles.ExtractString(text);

        Assert.Equal(unit, report.UnitName);
        Assert.Equal(year, report.FiscalYear);
    }

    [Fact]
    public void AStampedFormFieldGivesTheUnit()
    {
        var report = RepoFiles.ExtractString("填报单位（盖章）：璧山区璧泉街道办事处\n2023年度整体支出绩效自评报告");

        Assert.Equal("璧山区璧泉街道办事处", report.UnitName);
    }
}
