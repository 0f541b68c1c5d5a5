using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Rules.Money;

namespace PerfEval.Extraction.Tests.Rules.Money;

public sealed class NarrativeMoneyTests
{
    [Fact]
    public void AMidYearAdditionIsNeitherTheBudgetNorTheSpending()
    {
        var report = MoneyTestFiles.Extract("x.txt", "年中追加项目“社区工作经费”，金额90万元，实际支出90万元。全年实际支出300万元。");
        Assert.Equal(300m, report.Executed);
        Assert.DoesNotContain(report.Statements, s => s.Value == 90m);
    }

    [Fact]
    public void ThePartsOfAWholeDoNotReplaceIt()
    {
        var report = MoneyTestFiles.Extract("x.txt", "其中道路项目实际支出40万元。本单位全年实际支出500万元。");
        Assert.Equal(500m, report.Executed);
        Assert.Equal(2, report.Statements.Count(s => s.Quantity == Quantities.Executed));
    }

    [Fact]
    public void GeneralBudgetSplitsAreScopedAndTheWholeSplitWins()
    {
        var report = MoneyTestFiles.Extract("x.txt",
            "一般公共预算财政拨款支出800万元，其中：基本支出300万元，项目支出500万元。共计支出900万元，其中：基本支出300万元，项目支出600万元。");
        Assert.Equal(600m, report.ProjectSpending);
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.GeneralBudgetProjectSpending, Value: 500m });
        Assert.Equal(900m, report.Executed);
    }

    [Fact]
    public void WithOnlyTheGeneralBudgetSplitStatedItIsTaken()
    {
        var report = MoneyTestFiles.Extract("x.txt", "一般公共预算财政拨款支出800万元，其中：基本支出300万元，项目支出500万元。");
        Assert.Equal(300m, report.BasicSpending);
        Assert.Equal(500m, report.ProjectSpending);
    }

    [Fact]
    public void KeyQuantitiesInAListAreNotSpendingLines()
    {
        var report = MoneyTestFiles.Extract("x.txt", "支出1926.41万元，其中：项目支出1110.25万元，基本支出816.16万元，其中：人员经费729.58万元，公用经费86.58万元。");
        Assert.Empty(report.Spending);
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.StaffSpending, Value: 729.58m });
        Assert.Contains(report.Statements, s => s is { Quantity: Quantities.PublicSpending, Value: 86.58m });
    }

    [Fact]
    public void AListIntroducedByWhatTheMoneyWasUsedForIsSpendingLines()
    {
        var report = MoneyTestFiles.Extract("x.txt", "全年实际支出193.95万元。资金主要用于：活动组织费71.66万元，维修维护费122.29万元。");
        Assert.Equal(["活动组织费=71.66", "维修维护费=122.29"], report.Spending.Select(s => $"{s.Name}={s.Amount}"));
    }

    [Fact]
    public void AListWrappedRightAfterItsColonIsStillSpendingLines()
    {
        var report = MoneyTestFiles.Extract("x.pdf",
            "          2021 年该项目资金来源为一般公共预算 1135.76 万元、政府性基金 141.81 万元。资金主要用于：\n"
            + "          维修维护费 704.91 万元、物资采购费 550.94 万元。\n");

        Assert.Equal([("维修维护费", 704.91m), ("物资采购费", 550.94m)], report.Spending.Select(s => (s.Name, s.Amount)));
    }

    [Fact]
    public void UsedForWithoutAColonIntroducesNoList()
    {
        var report = MoneyTestFiles.Extract("x.txt", "资金用于道路维修12万元和路灯更换8万元。");
        Assert.Empty(report.Spending);
    }

    [Fact]
    public void ASingleNamedAmountIsNotAList()
    {
        var report = MoneyTestFiles.Extract("x.txt", "基层党建管理经费46.29万元，其中：基层党建示范创建经费33万元，主要用于党员教育片拍摄。");
        Assert.Empty(report.Spending);
    }

    [Fact]
    public void SentencesAboutAnotherYearAreLeftOutOnceTheYearIsKnown()
    {
        var extractor = new ExtractionPipelineBuilder().UseDefaultRules().Build();
        var report = extractor.Extract(PlainTextLayout.Build("x.txt", "txt", "某街道办事处2023年度整体支出绩效自评报告\n2022年全年执行数为900万元。2023年全年执行数为1000万元。"));
        Assert.Equal(2023, report.FiscalYear);
        Assert.Equal(1000m, report.Executed);
        Assert.DoesNotContain(report.Statements, s => s.Value == 900m);
    }

    [Fact]
    public void NothingStatedMeansNothingExtracted()
    {
        var report = MoneyTestFiles.Extract("x.txt", "本单位认真开展绩效自评工作，绩效目标完成情况良好。");
        Assert.Null(report.BudgetInitial);
        Assert.Null(report.BudgetAdjusted);
        Assert.Null(report.Executed);
        Assert.Null(report.ExecutionRate);
        Assert.Null(report.ExecutionRateComputed);
        Assert.Null(report.Staff);
        Assert.Empty(report.Statements);
        Assert.Empty(report.Spending);
        Assert.Empty(report.Funding);
    }

    [Fact]
    public void EveryFieldCarriesEvidenceQuotingTheText()
    {
        const string Text = "本项目年初预算300万元，调整预算320万元，实际支出288万元，预算执行率为96%。";
        var report = MoneyTestFiles.Extract("x.txt", Text);
        foreach (var field in new[] { "budgetInitial", "budgetAdjusted", "executed", "executionRate" })
        {
            var evidence = report.Evidence[field];
            Assert.Equal(evidence.Quote, Text.Substring(evidence.Offset, evidence.Quote.Length));
        }
        Assert.Equal("调整预算320万元", report.Evidence["budgetAdjusted"].Quote);
    }

    [Fact]
    public void AStatedRateWrappedOntoTheNextLineIsStillRead()
    {
        const string Text = "2023年度，我单位年初预算13,245.05万元，全年（调整）预算18,580.25万元，全年执行13,006.70万元，预算执行率\n70.00%，该指标得分为7分。";
        var report = MoneyTestFiles.Extract("x.txt", Text);
        Assert.Equal(70.00m, report.ExecutionRate);
        Assert.Equal("执行率\n70.00%", report.Evidence["executionRate"].Quote);
    }
}
