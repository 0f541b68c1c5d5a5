namespace PerfEval.Generator.Planning;

public enum MeasureKind
{
    /// <summary>A count with a measure word: target 400个.</summary>
    Count,

    /// <summary>A share with a floor: target ≥95%.</summary>
    PercentAtLeast,

    /// <summary>A share that should be complete: target =100%.</summary>
    PercentFull,

    /// <summary>A judgement: target 是否及时, actual 及时.</summary>
    Qualitative,
}

/// <summary>An indicator a unit sets itself, with the range its target is drawn from.</summary>
public sealed record IndicatorTemplate(string Level1, string Level2, string Name, MeasureKind Measure, string Word = "", int Min = 0, int Max = 0, string Target = "", string Achieved = "", string Partial = "")
{
    public bool IsQuantitative => Measure != MeasureKind.Qualitative;
}

public static class IndicatorTemplates
{
    public const string Output = "产出指标";
    public const string Effect = "效益指标";
    public const string Satisfaction = "满意度指标";

    public static IReadOnlyList<IndicatorTemplate> Quantity { get; } =
    [
        new(Output, "数量指标", "解决群众问题数量", MeasureKind.Count, "个", 120, 600),
        new(Output, "数量指标", "开展入户走访户数", MeasureKind.Count, "户", 800, 9000),
        new(Output, "数量指标", "组织文体活动场次", MeasureKind.Count, "场", 8, 40),
        new(Output, "数量指标", "安全隐患排查次数", MeasureKind.Count, "次", 12, 80),
        new(Output, "数量指标", "保障社区数量", MeasureKind.Count, "个", 4, 14),
        new(Output, "数量指标", "培训党员人数", MeasureKind.Count, "人", 60, 600),
        new(Output, "数量指标", "发放补助人次", MeasureKind.Count, "人次", 200, 3000),
        new(Output, "数量指标", "维修道路面积", MeasureKind.Count, "平方米", 1000, 12000),
    ];

    public static IReadOnlyList<IndicatorTemplate> Quality { get; } =
    [
        new(Output, "质量指标", "问题解决到位率", MeasureKind.PercentFull),
        new(Output, "质量指标", "资金使用合规率", MeasureKind.PercentFull),
        new(Output, "质量指标", "环境卫生检查合格率", MeasureKind.PercentAtLeast, "", 90, 98),
        new(Output, "质量指标", "补助对象识别准确率", MeasureKind.PercentAtLeast, "", 95, 99),
    ];

    public static IReadOnlyList<IndicatorTemplate> Timeliness { get; } =
    [
        new(Output, "时效指标", "资金拨付及时性", MeasureKind.Qualitative, Target: "是否及时", Achieved: "及时", Partial: "基本及时"),
        new(Output, "时效指标", "工作完成及时率", MeasureKind.PercentFull),
        new(Output, "时效指标", "问题办结及时率", MeasureKind.PercentAtLeast, "", 90, 98),
    ];

    public static IReadOnlyList<IndicatorTemplate> Cost { get; } =
    [
        new(Output, "成本指标", "项目成本控制", MeasureKind.Qualitative, Target: "控制在预算内", Achieved: "控制在预算内", Partial: "略超预算"),
        new(Output, "成本指标", "公用经费控制", MeasureKind.Qualitative, Target: "不超预算", Achieved: "未超预算", Partial: "基本未超"),
    ];

    public static IReadOnlyList<IndicatorTemplate> Effects { get; } =
    [
        new(Effect, "社会效益指标", "辖区居民生活环境", MeasureKind.Qualitative, Target: "有效改善", Achieved: "明显改善", Partial: "有所改善"),
        new(Effect, "社会效益指标", "基层治理能力", MeasureKind.Qualitative, Target: "有效提升", Achieved: "有效提升", Partial: "有所提升"),
        new(Effect, "社会效益指标", "群众矛盾纠纷化解率", MeasureKind.PercentAtLeast, "", 90, 98),
        new(Effect, "经济效益指标", "辖区营商环境", MeasureKind.Qualitative, Target: "是否优化", Achieved: "优化", Partial: "部分优化"),
        new(Effect, "可持续影响指标", "长效管理机制", MeasureKind.Qualitative, Target: "建立健全", Achieved: "已建立", Partial: "初步建立"),
        new(Effect, "生态效益指标", "辖区保洁覆盖率", MeasureKind.PercentFull),
    ];

    public static IReadOnlyList<IndicatorTemplate> Satisfactions { get; } =
    [
        new(Satisfaction, "服务对象满意度指标", "群众满意度", MeasureKind.PercentAtLeast, "", 85, 98),
        new(Satisfaction, "服务对象满意度指标", "服务对象满意度", MeasureKind.PercentAtLeast, "", 85, 95),
        new(Satisfaction, "服务对象满意度指标", "社区居民满意度", MeasureKind.PercentAtLeast, "", 88, 96),
    ];
}
