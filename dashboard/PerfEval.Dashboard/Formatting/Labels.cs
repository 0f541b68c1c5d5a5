namespace PerfEval.Dashboard.Formatting;

/// <summary>Chinese labels of the warehouse's codes (report kinds, severities, flag rules, load statuses).</summary>
public static class Labels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Kinds =
        [("overall", "整体支出"), ("project", "项目支出"), ("key_evaluation", "重点评价"), ("other", "其他")];

    public static readonly IReadOnlyList<(string Code, string Label)> Severities =
        [("critical", "红色预警"), ("warning", "黄色预警"), ("info", "提示")];

    public static readonly IReadOnlyList<(string Code, string Label)> LoadStatuses =
        [("loaded", "已入库"), ("unchanged", "未变化"), ("reloaded", "已重新解析"), ("superseded", "已被替代"), ("quarantined", "已隔离")];

    // The rules of PerfEval.Extraction.Checks (Rules/ and Peers/); an unknown rule shows its code.
    private static readonly Dictionary<string, string> Rules = new(StringComparer.Ordinal)
    {
        ["score_outruns_spending"] = "得分超出资金执行（自评预警）",
        ["score_sum_mismatch"] = "总分与各行得分之和不符",
        ["full_marks_unmet"] = "未完成目标却得满分",
        ["points_without_shortfall"] = "完成目标却被扣分",
        ["execution_points_recomputed"] = "执行率得分与执行率不符",
        ["grade_mismatch"] = "等次与得分不符",
        ["low_execution"] = "预算执行率偏低",
        ["over_execution"] = "执行率超过100%",
        ["large_budget_adjustment"] = "调整预算远超年初预算",
        ["missing_score"] = "未报告自评得分",
        ["unsupported_score"] = "有得分无指标支撑",
        ["totals_disagree"] = "正文与表格数字不一致",
        ["unit_mislabel"] = "元与万元混用",
        ["region_ambiguous"] = "地区无法唯一确定",
        ["region_unknown"] = "地区未能识别",
        ["year_unknown"] = "年度未能识别",
        ["duplicate_report"] = "重复报告",
        ["repeated_targets"] = "指标值与上年雷同",
        ["score_peer_outlier"] = "得分明显高于同类单位",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["budgetInitial"] = "年初预算数", ["budgetAdjusted"] = "全年预算数", ["executed"] = "全年执行数",
        ["executionRate"] = "执行率", ["scoreReported"] = "自评得分", ["grade"] = "等次", ["fiscalYear"] = "年度",
        ["unitName"] = "单位名称", ["basicSpending"] = "基本支出", ["projectSpending"] = "项目支出",
        ["staffPosts"] = "编制数", ["staffServing"] = "在职人数", ["projectName"] = "项目名称", ["evaluator"] = "评价主体",
        ["region"] = "地区", ["kind"] = "报告类型",
    };

    /// <summary>A report-level field of the evidence table (budgetInitial …) in Chinese, else the field name.</summary>
    public static string Field(string name) => Fields.TryGetValue(name, out var label) ? label : name;

    public static string Kind(string? code) => Kinds.FirstOrDefault(k => k.Code == code).Label ?? code ?? Fmt.Missing;

    public static string Severity(string code) => Severities.FirstOrDefault(s => s.Code == code).Label ?? code;

    public static string Rule(string code) => Rules.TryGetValue(code, out var label) ? label : code;

    public static string LoadStatus(string code) => LoadStatuses.FirstOrDefault(s => s.Code == code).Label ?? code;
}
