namespace PerfEval.Extraction.Tests.Rules.Identity;

public sealed class FiscalYearRuleTests
{
    [Fact]
    public void TheTitlesYearWinsOverYearsInTheBody()
    {
        var report = RepoFiles.ExtractString("2022年度青山街道办事处整体支出绩效自评报告\n2023年度预算安排……2023年度工作计划……");

        Assert.Equal(2022, report.FiscalYear);
        Assert.Equal("2022年", report.Evidence["fiscalYear"].Quote);
    }

    [Fact]
    public void AFilingDateNeverBecomesTheYearEvenWhenWrittenMoreOften()
    {
        var report = RepoFiles.ExtractString("整体支出绩效自评报告\n填报日期：2024年3月15日\n2024年3月报送\n2024年 4 月复核\n2023年度预算执行良好。");

        Assert.Equal(2023, report.FiscalYear);
    }

    [Fact]
    public void WithoutYearOfAccountsTheYearWrittenMostIsTaken()
    {
        var report = RepoFiles.ExtractString("绩效自评\n2023年共完成12项工作，2023年支出300万元，2024年计划继续。");

        Assert.Equal(2023, report.FiscalYear);
    }

    [Fact]
    public void FullWidthDigitsAreRead()
    {
        var report = RepoFiles.ExtractString("２０２３年度龙城街道办事处项目支出绩效自评报告");

        Assert.Equal(2023, report.FiscalYear);
        Assert.Equal("２０２３年", report.Evidence["fiscalYear"].Quote);
    }

    [Theory]
    [InlineData("二〇二三年度青山街道办事处整体支出绩效自评报告")]
    [InlineData("二零二三年度青山街道办事处整体支出绩效自评报告")]
    public void AYearInChineseNumeralsIsRead(string title)
    {
        var report = RepoFiles.ExtractString(title);

        Assert.Equal(2023, report.FiscalYear);
        Assert.Equal(title[..5], report.Evidence["fiscalYear"].Quote);
        Assert.Equal("青山街道办事处", report.UnitName);
    }

    [Fact]
    public void NoYearIsNullWithAnIssue()
    {
        var report = RepoFiles.ExtractString("青山街道办事处整体支出绩效自评报告\n预算执行良好。");

        Assert.Null(report.FiscalYear);
        Assert.Contains(report.Issues, i => i.Code == "fiscal_year_unknown");
    }
}
