namespace PerfEval.Extraction.Tests.Rules.Identity;

public sealed class ReportKindRuleTests
{
    [Theory]
    [InlineData("2023年度青山街道部门整体支出绩效自评报告", "overall")]
    [InlineData("2023年度青山街道项目支出绩效自评报告", "project")]
    [InlineData("2023年度社区工作经费项目绩效自评报告", "project")]
    [InlineData("关于2023年度城市社区工作经费重点评价的报告\n（财政重点绩效评价）", "key_evaluation")]
    [InlineData("芦淞区财政局2023年度财政评价报告", "key_evaluation")]
    public void TheTitleSaysTheKind(string title, string kind)
    {
        Assert.Equal(kind, RepoFiles.ExtractString(title + "\n一、基本情况\n本单位整体支出情况良好。").Kind);
    }

    [Fact]
    public void WithoutATitleAKeyEvaluationIsKnownFromItsBody()
    {
        var report = RepoFiles.ExtractString("一、评价工作组织开展情况\n为做好2023年度财政支出绩效重点评价工作，成立评价小组。项目支出280万元。");

        Assert.Equal("key_evaluation", report.Kind);
        Assert.Equal("重点评价", report.Evidence["kind"].Quote);
    }

    [Fact]
    public void APerformanceReportOfNoKnownKindIsOther()
    {
        Assert.Equal("other", RepoFiles.ExtractString("绩效管理工作总结\n本年度绩效管理工作情况如下。").Kind);
    }

    [Fact]
    public void ATextAboutNoPerformanceHasNoKind()
    {
        var report = RepoFiles.ExtractString("会议纪要\n研究了辖区环境卫生工作。");

        Assert.Null(report.Kind);
        Assert.Contains(report.Issues, i => i.Code == "kind_unknown");
    }
}
