using PerfEval.Briefing.Xlsx;
using PerfEval.Dashboard.Formatting;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Exports;

/// <summary>Every dashboard table as a sheet, built from the same query classes and URL state as its page.</summary>
public sealed class ExportTables(IServiceProvider services)
{
    private const string Money = "#,##0.00";
    private const string Percent = "0.0";
    private const string Points = "0.##";

    public static readonly IReadOnlyList<string> Names = ["units", "reports", "flags", "loads", "rates", "inflation", "outruns", "compare"];

    public async Task<SheetTable?> BuildAsync(string name, ExportRequest request, CancellationToken ct) => name switch
    {
        "units" => Units(await Query<UnitListQuery>().RunAsync(request.Filter(request.Int("year")), request.Text("q"), request.All, ct)),
        "reports" => Reports(await Query<ReportListQuery>().RunAsync(request.Filter(request.Int("year")), request.Text("q"), request.All, ct)),
        "flags" => Flags(await Query<FlagListQuery>().RunAsync(request.Filter(request.Int("year")), request.Text("rule"), request.Text("severity"), request.All, ct)),
        "loads" => Loads(await Query<LoadHistoryQuery>().RunAsync(request.Text("status"), request.All, ct)),
        "rates" => await RatesAsync(request, ct),
        "inflation" => Inflation(await Query<ScoreInflationRankingQuery>().RunAsync(request.Filter(request.Int("year")), 1_000_000, ct)),
        "outruns" => Outruns(await Query<ScoreOutrunsSpendingRankingQuery>().RunAsync(request.Filter(request.Int("year")), 1_000_000, ct)),
        "compare" => await CompareAsync(request, ct),
        _ => null,
    };

    private T Query<T>() where T : notnull => services.GetRequiredService<T>();

    private static SheetTable Table(string name, SheetColumn[] columns, IEnumerable<object?[]> rows) =>
        new(name, columns, [.. rows]);

    private static SheetTable Units(Paged<UnitListRow> page) => Table("单位",
        [new("单位"), new("区县"), new("报告数", "0"), new("最近年度", "0"), new("全年预算数（万元）", Money), new("全年执行数（万元）", Money), new("执行率（%）", Percent), new("平均自评得分", Points)],
        page.Rows.Select(u => new object?[] { u.UnitName, u.District, u.Reports, u.LatestYear, u.Budget, u.Executed, u.Rate, u.Score }));

    private static SheetTable Reports(Paged<ReportListRow> page) => Table("报告",
        [new("单位"), new("年度", "0"), new("类型"), new("项目"), new("区县"), new("全年预算数（万元）", Money), new("全年执行数（万元）", Money),
         new("执行率（%）", Percent), new("自评得分", Points), new("等次"), new("预警数", "0"), new("地区待定"), new("演示数据"), new("文件"), new("文档编号")],
        page.Rows.Select(r => new object?[] { r.UnitName, r.FiscalYear, Labels.Kind(r.Kind), r.ProjectName, r.District, r.Budget, r.Executed,
            r.Rate, r.Score, r.Grade, r.Flags, r.RegionAmbiguous ? "是" : "", r.IsDemo ? "是" : "", r.FileName, r.DocumentId }));

    private static SheetTable Flags(Paged<FlagRow> page) => Table("预警",
        [new("级别"), new("单位"), new("年度", "0"), new("区县"), new("规则"), new("规则代码"), new("说明"), new("依据（原文）"), new("文档编号")],
        page.Rows.Select(f => new object?[] { Labels.Severity(f.Severity), f.UnitName, f.FiscalYear, f.District, Labels.Rule(f.Rule), f.Rule, f.Message, f.EvidenceQuote, f.DocumentId }));

    private static SheetTable Loads(Paged<LoadHistoryRow> page) => Table("导入记录",
        [new("时间"), new("文件"), new("结果"), new("说明"), new("耗时（毫秒）", "0"), new("大小（字节）", "0"), new("文档编号")],
        page.Rows.Select(h => new object?[] { Fmt.DateTime(h.StartedAt), h.FilePath, Labels.LoadStatus(h.Status), h.Reason, h.DurationMs, h.SizeBytes, h.DocumentId }));

    private async Task<SheetTable> RatesAsync(ExportRequest request, CancellationToken ct)
    {
        var years = await Query<YearListQuery>().RunAsync(ct);
        var year = request.Int("year") ?? (years.Count > 0 ? years[0] : null);
        var rows = await Query<ExecutionRateByUnitQuery>().RunAsync(request.Filter(year), 1_000_000, ct);
        return Table("执行率",
            [new("单位"), new("区县"), new("年度", "0"), new("全年预算数（万元）", Money), new("全年执行数（万元）", Money), new("执行率（%）", Percent)],
            rows.Select(r => new object?[] { r.UnitName, r.District, year, r.Budget, r.Executed, r.Rate }));
    }

    private static SheetTable Inflation(IReadOnlyList<ScoreInflationRow> rows) => Table("自评分虚高",
        [new("单位"), new("年度", "0"), new("自评得分", Points), new("复核得分", Points), new("虚高", Points), new("文档编号")],
        rows.Select(r => new object?[] { r.UnitName, r.FiscalYear, r.ScoreReported, r.ScoreRecomputed, r.Inflation, r.DocumentId }));

    private static SheetTable Outruns(IReadOnlyList<ScoreOutrunsSpendingRow> rows) => Table("得分超出执行",
        [new("单位"), new("年度", "0"), new("执行率（%）", Percent), new("得分率（%）", Percent), new("偏离度（%）", Percent), new("已预警"), new("文档编号")],
        rows.Select(r => new object?[] { r.UnitName, r.FiscalYear, r.Rate, r.ClaimedShare, r.Gap, r.Flagged ? "是" : "否", r.DocumentId }));

    private async Task<SheetTable?> CompareAsync(ExportRequest request, CancellationToken ct)
    {
        var years = await Query<YearListQuery>().RunAsync(ct);
        if (years.Count < 2)
        {
            return null;
        }
        var b = request.Int("b") is { } yb && years.Contains(yb) ? yb : years[0];
        var a = request.Int("a") is { } ya && years.Contains(ya) ? ya : years.FirstOrDefault(y => y < b, years[^1]);
        var rows = await Query<YearOverYearQuery>().RunAsync(a, b, request.Filter(null), ct);
        return Table($"{a}-{b}对比",
            [new("单位"), new($"{a}年预算（万元）", Money), new($"{b}年预算（万元）", Money), new("预算变化（万元）", Money),
             new($"{a}年执行率（%）", Percent), new($"{b}年执行率（%）", Percent), new("执行率变化（百分点）", Percent),
             new($"{a}年得分", Points), new($"{b}年得分", Points), new("得分变化", Points)],
            rows.Select(r => new object?[] { r.UnitName, r.BudgetA, r.BudgetB, r.BudgetChange, r.RateA, r.RateB, r.RateChange, r.ScoreA, r.ScoreB, r.ScoreChange }));
    }
}
