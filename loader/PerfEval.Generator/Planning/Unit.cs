using PerfEval.Generator.Regions;

namespace PerfEval.Generator.Planning;

/// <summary>A budget unit that writes (or is evaluated in) reports year after year.</summary>
public sealed record Unit(int Index, string UnitType, string OfficialName, District District, Street? Street)
{
    public bool IsStreet => Street is not null;

    /// <summary>The 9-digit street code, or the district's 6-digit code for a department.</summary>
    public string RegionCode => Street?.Code ?? District.Code;
}
