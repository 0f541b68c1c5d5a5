using PerfEval.Warehouse.Loading;

namespace PerfEval.Warehouse.Tests;

/// <summary>Loads shaped like seed 001 (龙泉街道, 2023, overall), with the figures it states.</summary>
internal static class SampleLoads
{
    public const string Text = "年初预算数 573.38 全年预算数 2673.41 全年执行数 2673.41 总分 97";

    public static ReportLoad Longquan(string documentId = "doc-001", string unitKey = "unit-longquan", decimal executed = 2673.41m) => new()
    {
        Document = new SourceDocumentRow(documentId, "001.txt", "txt", 14294, "test-1", Text, false, false, new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc)),
        Unit = new UnitRow(unitKey, "株洲市芦淞区龙泉街道办事处", "街道", "430203007"),
        Region = new RegionRow("430203007", "street", "湖南省", "43", "株洲市", "4302", "芦淞区", "430203", "龙泉街道", "430203007"),
        Report = new ReportRow
        {
            FiscalYear = 2023,
            Kind = "overall",
            RegionCode = "430203007",
            BudgetInitial = 573.38m,
            BudgetAdjusted = 2673.41m,
            Executed = executed,
            ExecutionRate = 100m,
            ExecutionRateComputed = 100m,
            ScoreReported = 97m,
            ScoreRecomputed = 87.55m,
        },
        Indicators =
        [
            new IndicatorFact("ind-1", "产出指标", "数量指标", "解决群众问题数量", "数量", "400个", "400个", 15m, 15m, null, false, 10, "解决群众问题数量"),
            new IndicatorFact("ind-2", "产出指标", "质量指标", "解决问题到位率", "质量", "=100%", "=97%", 15m, 15m, null, false, 20, "解决问题到位率"),
        ],
        Spending = [new SpendingFact("补助社区工作经费", "社区运转", 414.38m, "万元", 30, "补助社区工作经费414.38万元")],
        Flags = [new FlagFact("score_sum_mismatch", "warning", "总分97与各行得分之和89不符", 40, "总分 97")],
        Evidence = [new FieldEvidence("budgetInitial", 6, "573.38")],
    };
}
