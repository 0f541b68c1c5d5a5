namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// One row of the gazetteer. Codes are the official ones cut to the level: province 2 digits, city 4,
/// district 6, street 9; the parent codes are null above the place's own level.
/// </summary>
public sealed record GazetteerPlace(
    RegionLevel Level,
    string Code,
    string Name,
    string ProvinceCode,
    string? CityCode = null,
    string? DistrictCode = null);
