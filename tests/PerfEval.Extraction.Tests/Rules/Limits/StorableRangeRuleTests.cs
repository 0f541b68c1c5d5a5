using System.Text;
using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Tests.Rules.Limits;

/// <summary>Figures too large for the warehouse's DECIMAL columns are left null with an issue and a flag, never stored wrong.</summary>
public sealed class StorableRangeRuleTests
{
    private static ExtractedReport Extract(string text) =>
        ReportChecker.CreateDefault().Check(ReportExtractor.CreateDefault().Extract(DocumentReader.Read(Encoding.UTF8.GetBytes(text), "huge.txt")));

    [Fact]
    public void ABudgetBeyondFourteenDigitsOfWanIsNulledAndFlagged()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数99999999999999999999万元，全年执行数150万元。");

        Assert.Null(report.BudgetInitial);
        Assert.Equal(150m, report.Executed);
        var issue = Assert.Single(report.Issues, i => i.Code == "value_out_of_range");
        Assert.Contains("budgetInitial", issue.Message, StringComparison.Ordinal);
        Assert.NotNull(issue.Evidence);
        Assert.False(report.Evidence.ContainsKey("budgetInitial"));
        Assert.Contains(report.Flags, f => f.Rule == "value_out_of_range");
    }

    [Fact]
    public void ARateBeyondFiveDigitsIsNulledAndFlagged()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n预算执行率123456789.5%。");

        Assert.Null(report.ExecutionRate);
        Assert.Contains(report.Flags, f => f.Rule == "value_out_of_range");
    }

    [Fact]
    public void AComputedRateBeyondDecimalIsNotComputed()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数0.0000000001元，全年执行数9999999999999万元。");

        Assert.Null(report.ExecutionRateComputed);
        Assert.Contains(report.Issues, i => i.Code == "value_out_of_range");
    }

    [Fact]
    public void ABudgetOfAFractionOfAFenAgainstARealOneIsALargeAdjustmentNotACrash()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数0.0000000000000000000001元，全年预算数9999999999999万元，自评得分90分。");

        Assert.Contains(report.Flags, f => f.Rule == "large_budget_adjustment");
    }

    [Fact]
    public void AFortyDigitAmountIsNotReadAtAll()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数1234567890123456789012345678901234567890万元。");

        Assert.Null(report.BudgetInitial);
    }

    [Fact]
    public void OrdinaryFiguresAreKept()
    {
        var report = Extract("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数573.38万元，全年执行数1926.41万元，预算执行率72.06%。");

        Assert.Equal(573.38m, report.BudgetInitial);
        Assert.Equal(72.06m, report.ExecutionRate);
        Assert.DoesNotContain(report.Issues, i => i.Code == "value_out_of_range");
    }
}
