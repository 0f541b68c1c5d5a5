using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Filters;

/// <summary>
/// The province → city → district choice from the URL. A lower level that does not lie under the level above it
/// (left over after the province changed) is dropped, so the URL can never select two places at once.
/// </summary>
public sealed record RegionSelection(string? Province, string? City, string? District)
{
    public static RegionSelection From(string? province, string? city, string? district)
    {
        province = Code(province);
        city = Code(city);
        district = Code(district);
        if (city is not null && province is not null && !city.StartsWith(province, StringComparison.Ordinal))
        {
            city = null;
        }
        var parent = city ?? province;
        if (district is not null && parent is not null && !district.StartsWith(parent, StringComparison.Ordinal))
        {
            district = null;
        }
        return new RegionSelection(province, city, district);
    }

    /// <summary>The most precise code chosen, as the queries' region prefix.</summary>
    public string? Code() => District ?? City ?? Province;

    public IEnumerable<(string Code, string Name)> Provinces(IReadOnlyList<RegionPath> tree) =>
        tree.DistinctBy(r => r.ProvinceCode).Select(r => (r.ProvinceCode, r.Province ?? r.ProvinceCode));

    public IEnumerable<(string Code, string Name)> Cities(IReadOnlyList<RegionPath> tree) =>
        Province is null ? [] :
        tree.Where(r => r.ProvinceCode == Province && r.CityCode is not null).DistinctBy(r => r.CityCode)
            .Select(r => (r.CityCode!, CityName(r)));

    public IEnumerable<(string Code, string Name)> Districts(IReadOnlyList<RegionPath> tree) =>
        City is null ? [] :
        tree.Where(r => r.CityCode == City && r.DistrictCode is not null).DistinctBy(r => r.DistrictCode)
            .Select(r => (r.DistrictCode!, r.District ?? r.DistrictCode!));

    /// <summary>Municipalities list their districts under a "市辖区" city: show the municipality's name instead.</summary>
    public static string CityName(RegionPath r) =>
        r.City is null or "市辖区" or "县" ? (r.Province ?? r.CityCode ?? "") : r.City;

    private static string? Code(string? value) =>
        string.IsNullOrWhiteSpace(value) || !value.All(char.IsAsciiDigit) ? null : value;
}
