using PerfEval.Briefing.Model;

namespace PerfEval.Briefing.Tests;

/// <summary>A two-year briefing for three streets, with figures chosen so every sentence has something to say.</summary>
internal static class SampleBriefing
{
    public static BriefingData Create() => new()
    {
        RegionName = "株洲市芦淞区",
        Year = 2023,
        KindName = "整体支出",
        GeneratedOn = new DateOnly(2024, 5, 20),
        UnitsReported = new(3, 2),
        BudgetTotal = new(21801.58m, 20000m),
        ExecutedTotal = new(16227.11m, 18000m),
        WeightedExecutionRate = new(74.43m, 90.00m),
        MedianScore = new(97m, 95m),
        Grades = [new("优", 3, 2), new("良", 0, 0), new("中", 0, 0), new("差", 0, 0), new("未评分", 0, 0)],
        ExecutionByUnit = [new("龙泉街道办事处", 100m), new("璧泉街道办事处", 70.00m), new("建宁街道办事处", 101.5m)],
        LowExecution = [new("璧泉街道办事处", 18580.25m, 13006.70m, 70.00m, 97m, "全年执行数13006.70万元，执行率70.00%")],
        InflatedScores = [new("龙泉街道办事处", 97m, 99.35m, 100m, "总分97不等于各项得分之和89", "总分 97"), new("璧泉街道办事处", 97m, 96.5m, 70m, "得分比例超过执行比例（红色预警）", "执行率70.00%")],
        Categories = [new("社区运转", 414.38m, 380m), new("城市管理与环卫", 324.82m, 300m), new("社会保障与民生", 293.90m, 310m), new("其他", 77.15m, 90m)],
        Problems = [new ProblemTheme("预算编制不够精准", 2, [new("龙泉街道办事处", "预算编制工作有待细化"), new("璧泉街道办事处", "年初预算与实际需求差距较大<script>alert(1)</script>")])],
        Appendix =
        [
            new("龙泉街道办事处", 2500m, 2673.41m, 2400m, 2673.41m, 96m, 100m, 95m, 97m),
            new("璧泉街道办事处", 17500m, 18580.25m, 15600m, 13006.70m, 89.14m, 70.00m, 95m, 97m),
            new("建宁街道办事处", null, 547.92m, null, 556.14m, null, 101.5m, null, 92m),
        ],
    };
}
