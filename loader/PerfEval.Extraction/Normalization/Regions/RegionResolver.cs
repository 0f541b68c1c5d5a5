using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// Finds a report's region from every gazetteer name in its text: the street (or district) named in the unit's name,
/// decided between same-named places by the districts, cities and provinces the text names, counted and weighted by
/// nearness. When the text cannot decide, the candidates are listed and nothing is picked.
/// </summary>
public sealed class RegionResolver(Gazetteer gazetteer)
{
    private static readonly Lazy<RegionResolver> DefaultInstance = new(() => new RegionResolver(Gazetteer.Default));

    public static RegionResolver Default => DefaultInstance.Value;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public RegionMatch Resolve(ReportText text, string? unitName) => ResolveDetailed(text.Text, unitName).Match;

    public RegionMatch Resolve(string text, string? unitName) => ResolveDetailed(text, unitName).Match;

    public RegionResolution ResolveDetailed(ReportText text, string? unitName) => ResolveDetailed(text.Text, unitName);

    public RegionResolution ResolveDetailed(string text, string? unitName)
    {
        var clues = new RegionClues(
            Gazetteer.FindMentions(text),
            string.IsNullOrEmpty(unitName) ? [] : Gazetteer.FindMentions(unitName),
            text);
        foreach (var level in (ReadOnlySpan<RegionLevel>)[RegionLevel.Street, RegionLevel.District, RegionLevel.City, RegionLevel.Province])
        {
            var target = clues.TargetName(level);
            if (target is not null)
            {
                return Decide(clues, target, level);
            }
        }
        return new RegionResolution(new RegionMatch(), RegionStatus.Unknown, null);
    }

    private RegionResolution Decide(RegionClues clues, string name, RegionLevel level)
    {
        var places = Gazetteer.FindByName(name, level);
        var scored = places.Select(p => (Place: p, Score: clues.Support(p))).ToList();
        var best = scored.Max(s => s.Score);
        var top = scored.Where(s => s.Score == best).Select(s => s.Place).ToList();
        var evidence = clues.EvidenceFor(name);
        // A unique name decides by itself; otherwise only a full region name (not 湖南 for 湖南省) may decide.
        if (top.Count == 1 && (places.Count == 1 || best >= RegionClueWeights.Province))
        {
            return new RegionResolution(Gazetteer.ToMatch(top[0]), RegionStatus.Resolved, evidence);
        }
        var shared = SharedLevels(top);
        var status = shared.Province is null ? RegionStatus.Ambiguous : RegionStatus.Partial;
        var match = shared with { Candidates = [.. top.Select(Gazetteer.ToCandidate)] };
        return new RegionResolution(match, status, evidence);
    }

    /// <summary>What all the undecided candidates have in common, with the code of the deepest shared level.</summary>
    private RegionMatch SharedLevels(List<GazetteerPlace> candidates)
    {
        string? Common(Func<GazetteerPlace, string?> code) =>
            candidates.Select(code).Distinct(StringComparer.Ordinal).Count() == 1 ? code(candidates[0]) : null;

        var province = Common(p => p.ProvinceCode);
        var city = province is null ? null : Common(p => p.CityCode);
        var district = city is null ? null : Common(p => p.DistrictCode);
        var deepest = district ?? city ?? province;
        if (deepest is null)
        {
            return new RegionMatch();
        }
        var place = Gazetteer.Find(deepest)!;
        return Gazetteer.ToMatch(place);
    }
}
