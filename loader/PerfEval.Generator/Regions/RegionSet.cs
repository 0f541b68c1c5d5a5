namespace PerfEval.Generator.Regions;

/// <summary>
/// One city's districts and streets, and the national street-name index used to say which streets a bare
/// street name could mean.
/// </summary>
public sealed class RegionSet
{
    private readonly Dictionary<string, List<Street>> streetsByName;

    private RegionSet(string province, string city, string cityCode, IReadOnlyList<District> districts, Dictionary<string, List<Street>> streetsByName)
    {
        Province = province;
        City = city;
        CityCode = cityCode;
        Districts = districts;
        this.streetsByName = streetsByName;
    }

    public string Province { get; }

    /// <summary>The city as written; a municipality's own name rather than "市辖区".</summary>
    public string City { get; }

    public string CityCode { get; }

    public IReadOnlyList<District> Districts { get; }

    /// <summary>Every street in the country with this exact name.</summary>
    public IReadOnlyList<Street> StreetsNamed(string name) => streetsByName.TryGetValue(name, out var list) ? list : [];

    public static RegionSet Load(string gazetteerFolder, string cityName, IReadOnlyList<string> districtNames)
    {
        var provinces = GazetteerCsv.Rows(Path.Combine(gazetteerFolder, "provinces.csv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var cities = GazetteerCsv.Rows(Path.Combine(gazetteerFolder, "cities.csv"))
            .ToDictionary(r => r[0], r => CityName(r[1], provinces[r[2]]), StringComparer.Ordinal);
        var areas = GazetteerCsv.Rows(Path.Combine(gazetteerFolder, "areas.csv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

        var byName = new Dictionary<string, List<Street>>(StringComparer.Ordinal);
        foreach (var row in GazetteerCsv.Rows(Path.Combine(gazetteerFolder, "streets.csv")))
        {
            // code,name,areaCode,provinceCode,cityCode
            var street = new Street(row[0], row[1], row[2], areas.GetValueOrDefault(row[2], ""), row[4], cities[row[4]], provinces[row[3]]);
            if (!byName.TryGetValue(street.Name, out var list))
            {
                byName[street.Name] = list = [];
            }
            list.Add(street);
        }

        var cityCodes = cities.Where(c => c.Value == cityName).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        if (cityCodes.Count == 0)
        {
            throw new ArgumentException($"no city named '{cityName}' in the gazetteer");
        }
        var districts = new List<District>();
        foreach (var area in areas.Where(a => cityCodes.Contains(a.Key[..4])).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (districtNames.Count > 0 && !districtNames.Contains(area.Value))
            {
                continue;
            }
            var streets = byName.Values.SelectMany(l => l).Where(s => s.DistrictCode == area.Key).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
            if (streets.Count > 0)
            {
                districts.Add(new District(area.Key, area.Value, streets));
            }
        }
        foreach (var missing in districtNames.Where(n => districts.All(d => d.Name != n)))
        {
            throw new ArgumentException($"'{cityName}' has no district named '{missing}' with streets");
        }
        return new RegionSet(provinces[cityCodes[0][..2]], cityName, cityCodes[0], districts, byName);
    }

    /// <summary>Municipalities list their districts under "市辖区"/"县": the municipality's name is what reports write.</summary>
    private static string CityName(string name, string province) =>
        name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划" ? province : name;
}
