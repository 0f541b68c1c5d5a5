namespace PerfEval.Extraction.Tests.Rules.Identity;

public sealed class ProjectNameRuleTests
{
    [Fact]
    public void ABundleOfSmallProjectsNamesNoProject()
    {
        var report = RepoFiles.ExtractString("龙城街道办事处2023年200万元以下项目支出绩效报告（自评）\n将下列200万以下的项目合并进行绩效评价。");

        Assert.Equal("project", report.Kind);
        Assert.Null(report.ProjectName);
    }

    [Fact]
    public void AnOverallReportNamesNoProjectEvenWhenItListsProjects()
    {
        var report = RepoFiles.ExtractString("2023年度龙泉街道办事处整体支出绩效自评报告\n项目名称：社区工作经费\n");

        Assert.Null(report.ProjectName);
    }

    [Fact]
    public void AProjectNameFieldIsTaken()
    {
        var report = RepoFiles.ExtractString("2023年度项目支出绩效自评报告\n项目名称：老旧小区改造补助资金\n主管部门：芦淞区住建局");

        Assert.Equal("老旧小区改造补助资金", report.ProjectName);
    }

    [Fact]
    public void TheProjectAKeyEvaluationChoseIsTaken()
    {
        var report = RepoFiles.ExtractString("为做好2023年度财政支出绩效重点评价工作，评价小组选取城市社区工作经费项目为本年度重点评价项目。");

        Assert.Equal("城市社区工作经费", report.ProjectName);
    }

    [Fact]
    public void AProjectNameCellOfAPipeTableIsTakenWithoutItsPipes()
    {
        var report = RepoFiles.ExtractString("2021年度项目支出绩效自评报告\n|项目名称||背街小巷提质改造经费|||||||\n|主管部门||荷塘区财政局|||");

        Assert.Equal("背街小巷提质改造经费", report.ProjectName);
    }

    [Fact]
    public void ATitleNamingAFundWithoutTheWordProjectGivesTheProject()
    {
        var report = RepoFiles.ExtractString("2023年度综合文化站免费开放补助绩效自评报告\n项目实施单位：株洲市芦淞区建宁街道办事处\n");

        Assert.Equal("project", report.Kind);
        Assert.Equal("综合文化站免费开放补助", report.ProjectName);
    }

    [Fact]
    public void AKeyEvaluationOfAFundNamesItFromItsTitle()
    {
        var report = RepoFiles.ExtractString("2022年度党员教育培训经费财政支出重点评价报告\n评价小组选取党员教育培训经费作为本年度重点评价项目。");

        Assert.Equal("key_evaluation", report.Kind);
        Assert.Equal("党员教育培训经费", report.ProjectName);
    }

    [Fact]
    public void TheProjectAKeyEvaluationChoseAsItsSubjectIsTaken()
    {
        var report = RepoFiles.ExtractString("为做好2022年度财政支出绩效重点评价工作，评价小组选取党员教育培训经费作为本年度重点评价项目。");

        Assert.Equal("党员教育培训经费", report.ProjectName);
    }

    [Fact]
    public void SomeProjectsBundledNameNoProject()
    {
        var report = RepoFiles.ExtractString("荷塘区桂花街道办事处2021年度部分项目支出绩效自评报告\n将下列项目合并进行绩效评价。");

        Assert.Equal("project", report.Kind);
        Assert.Null(report.ProjectName);
    }

    [Fact]
    public void ATitleNamingAPhaseOfAFundNamesTheProjectWithItsPhase()
    {
        var report = RepoFiles.ExtractString("2021年度老旧小区改造补助（二期）绩效自评报告\n项目实施单位：荷塘区金山街道办事处\n");

        Assert.Equal("老旧小区改造补助（二期）", report.ProjectName);
    }

    [Fact]
    public void AWebPageBreadcrumbIsNotTheTitle()
    {
        var report = RepoFiles.ExtractString("株洲市荷塘区人民政府\n当前位置：首页 » 信息公开 » 财政资金 » 绩效评价\n荷塘区财政局2021年度农业普查工作经费项目支出绩效自评报告\n发布时间：2022-06-10  来源：荷塘区财政局\n");

        Assert.Equal(("荷塘区财政局", "农业普查工作经费"), (report.UnitName, report.ProjectName));
    }
}
