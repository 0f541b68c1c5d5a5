using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>What a budget unit's name looks like, and how to read one out of a report title.</summary>
public static partial class UnitName
{
    // How the names of budget units end (街道办事处, 人民政府, 财政局, 委员会, 中心…).
    private static readonly string[] UnitEndings =
    [
        "办事处", "街道", "人民政府", "政府", "镇", "乡", "苏木", "局", "委员会", "委", "办公室", "办", "中心", "院", "所",
        "部", "厅", "站", "队", "馆", "校", "会", "处", "社", "团", "室", "署", "大学", "医院", "公司", "工委", "党委",
    ];

    // How project and fund names end: a title segment ending so names a project, not a unit.
    private static readonly string[] ProjectEndings = ["经费", "资金", "项目", "工程", "补助", "补贴", "专项", "支出", "费"];

    /// <summary>The unit named in a title (2023年度青山街道项目支出绩效自评报告 → 青山街道), or null.</summary>
    public static string? FromTitle(string title) => TitleSegments(title).FirstOrDefault(IsUnitLike);

    /// <summary>
    /// The parts of a title before its kind words (整体支出, 项目支出, 绩效…), split at years and figures:
    /// 龙城街道办事处2023年200万元以下项目支出… → 龙城街道办事处, 万元以下.
    /// </summary>
    public static IReadOnlyList<string> TitleSegments(string title)
    {
        var text = TitlePrefix().Replace(title, "");
        var kind = KindWords().Match(text);
        var head = kind.Success ? text[..kind.Index] : text;
        return [.. YearsAndFigures().Split(head).Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    public static bool IsUnitLike(string name) =>
        name.Length >= 2
        && UnitEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))
        && !ProjectEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>街道, 乡镇, 部门 or 其他, from how the name ends.</summary>
    public static string Classify(string name)
    {
        if (name.Contains("街道", StringComparison.Ordinal) && !DepartmentEnding().IsMatch(name))
        {
            return "街道";
        }
        if (TownshipEnding().IsMatch(name))
        {
            return "乡镇";
        }
        return DepartmentEnding().IsMatch(name) ? "部门" : "其他";
    }

    [GeneratedRegex("^(关于|附件\\s*\\d*[:：]?)")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex("(部门|单位)?[（(]?(单位|部门)?[）)]?(整体支出|整体绩效|项目支出|项目绩效|财政支出|支出绩效|重点评价|绩效|自评)")]
    private static partial Regex KindWords();

    [GeneratedRegex(@"[0-9０-９.,，]+\s*年度?|[0-9０-９.,]+")]
    private static partial Regex YearsAndFigures();

    [GeneratedRegex("(镇|乡|苏木)(人民政府|政府)?$|(镇|乡|苏木)(人民政府|政府)")]
    private static partial Regex TownshipEnding();

    // 街道 units name their own offices 街道办事处/街道工委; a department inside one (街道财政所) is still a department.
    [GeneratedRegex("(局|委员会|(?<!工|党)委|办公室|中心|院|所|(?<!工委|党委)部|厅|站|队|馆|校|会|署|大学|医院|公司)$")]
    private static partial Regex DepartmentEnding();
}
