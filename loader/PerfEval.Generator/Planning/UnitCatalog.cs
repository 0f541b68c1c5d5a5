using PerfEval.Generator.Regions;

namespace PerfEval.Generator.Planning;

/// <summary>The units of a region set: every street office and township, and three departments per district.</summary>
public static class UnitCatalog
{
    private static readonly string[] Departments =
    [
        "区委组织部", "区财政局", "区民政局", "区城市管理和综合执法局", "区文化旅游广电体育局",
        "区统计局", "区应急管理局", "区住房和城乡建设局", "区人力资源和社会保障局",
    ];

    public static IReadOnlyList<Unit> Build(RegionSet regions, int seed)
    {
        var units = new List<Unit>();
        foreach (var district in regions.Districts)
        {
            foreach (var street in district.Streets)
            {
                var official = street.UnitType == "街道" ? street.Name + "办事处" : street.Name + "人民政府";
                units.Add(new Unit(units.Count, street.UnitType, official, district, street));
            }
        }
        foreach (var district in regions.Districts)
        {
            foreach (var department in DepartmentsOf(district, seed))
            {
                units.Add(new Unit(units.Count, "部门", department, district, null));
            }
        }
        return units;
    }

    /// <summary>The department that evaluates a project of this category (the finance bureau when none is closer).</summary>
    public static string EvaluatorOf(District district, string category)
    {
        var department = category switch
        {
            "党建" or "社区运转" => "区委组织部",
            "社会保障与民生" => "区民政局",
            "城市管理与环卫" => "区城市管理和综合执法局",
            "文化体育" => "区文化旅游广电体育局",
            "统计普查" => "区统计局",
            "安全与维稳" => "区应急管理局",
            "基础设施" => "区住房和城乡建设局",
            _ => "区财政局",
        };
        return Signed(district, department);
    }

    private static string Signed(District district, string department) =>
        department == "区委组织部" ? "中共" + district.Name + "委组织部" : district.Name + department[1..];

    /// <summary>The district's departments, named as they sign: 荷塘区民政局, 中共荷塘区委组织部.</summary>
    public static IReadOnlyList<string> DepartmentsOf(District district, int seed)
    {
        var rng = Rng.For(seed, "departments:" + district.Code);
        var names = Departments.ToList();
        rng.Shuffle(names);
        return [.. names.Take(3).Select(n => Signed(district, n))];
    }
}
