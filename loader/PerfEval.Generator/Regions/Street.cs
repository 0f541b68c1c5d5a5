namespace PerfEval.Generator.Regions;

/// <summary>A street office or township with its 9-digit code and the names above it.</summary>
public sealed record Street(string Code, string Name, string DistrictCode, string District, string CityCode, string City, string Province)
{
    /// <summary>街道 for a street office; 乡镇 for a town (镇), township (乡) or 苏木.</summary>
    public string UnitType => Name.EndsWith("街道", StringComparison.Ordinal) ? "街道" : "乡镇";
}

public sealed record District(string Code, string Name, IReadOnlyList<Street> Streets);
