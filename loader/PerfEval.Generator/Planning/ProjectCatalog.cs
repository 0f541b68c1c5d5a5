namespace PerfEval.Generator.Planning;

/// <summary>Project and spending-line names by category of the documented taxonomy.</summary>
public static class ProjectCatalog
{
    public static IReadOnlyDictionary<string, string[]> ByCategory { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["社区运转"] = ["社区工作经费", "社区运转经费", "村社区信息经费", "社区网格化管理经费", "城市社区工作经费", "社区惠民资金"],
        ["党建"] = ["基层党建工作经费", "党员教育培训经费", "离退休干部党组织工作经费", "党群服务中心运行经费", "基层党建示范创建经费"],
        ["城市管理与环卫"] = ["城管环卫经费", "环境卫生整治经费", "垃圾分类工作经费", "背街小巷提质改造经费", "入河沟渠保洁经费"],
        ["社会保障与民生"] = ["城乡低保资金", "高龄生活补贴", "就业补助经费", "临时救助资金", "残疾人助学补助资金", "养老服务补助经费"],
        ["安全与维稳"] = ["安全生产工作经费", "信访维稳工作经费", "智慧安防小区服务经费", "自建房安全隐患整治经费", "消防安全专项经费"],
        ["基础设施"] = ["市政设施维修经费", "老旧小区改造补助", "道路维修维护经费", "城市标准化基础设施维修经费"],
        ["文化体育"] = ["文体活动经费", "公共文化服务补助", "全民健身活动经费", "综合文化站免费开放补助"],
        ["统计普查"] = ["全国经济普查经费", "人口抽样调查经费", "农业普查工作经费"],
        ["机关运行"] = ["职工食堂补助经费", "办公运转经费", "机关物业管理经费"],
        ["其他"] = ["协税护税工作经费", "人大代表履职经费", "武装工作经费"],
    };

    public static IReadOnlyList<string> Categories { get; } = [.. ByCategory.Keys];

    public static string CategoryOf(string name) =>
        ByCategory.First(c => c.Value.Contains(name, StringComparer.Ordinal)).Key;

    /// <summary>Distinct project names across categories, in a seeded order.</summary>
    public static IReadOnlyList<string> Portfolio(Rng rng, int count)
    {
        var all = ByCategory.Values.SelectMany(v => v).ToList();
        rng.Shuffle(all);
        return all.Take(count).ToList();
    }
}
