using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>The gazetteer names found in a report's text and in its unit's name, and what they say for a place.</summary>
internal sealed class RegionClues(IReadOnlyList<PlaceMention> text, IReadOnlyList<PlaceMention> unit, string source)
{
    private readonly Dictionary<string, HashSet<PlaceMention>> adjacency = new(StringComparer.Ordinal);

    /// <summary>
    /// The name to resolve at a level: the one written in the unit's name, else (above street level) the one the
    /// text names most often, the first of equals. A street is only taken from the unit's name: the text names
    /// streets for many reasons.
    /// </summary>
    public string? TargetName(RegionLevel level)
    {
        // In the unit's own name even a weak name (滑县财政局) is meant as a place.
        var inUnit = unit.LastOrDefault(m => HasLevel(m, level));
        if (inUnit is not null)
        {
            return inUnit.Name;
        }
        if (level == RegionLevel.Street)
        {
            return null;
        }
        return text.Where(m => !m.IsWeak && HasLevel(m, level))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Offset)
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>True when the unit's name places it in a district or city that does not hold this place.</summary>
    public bool UnitContradicts(GazetteerPlace place)
    {
        var higher = unit.Where(m => m.Name != place.Name && m.Places.Any(p => p.Level is RegionLevel.District or RegionLevel.City && p.Level < place.Level)).ToList();
        return higher.Count > 0 && !higher.Any(m => m.Places.Any(p => p.Code == place.DistrictCode || p.Code == place.CityCode));
    }

    /// <summary>How strongly the names around support this place (0 when nothing does).</summary>
    public double Support(GazetteerPlace place)
    {
        var adjacent = AdjacentTo(place.Name);
        var total = 0.0;
        foreach (var mention in unit)
        {
            var weight = Weight(mention, place);
            total += weight > 0 ? weight + RegionClueWeights.InUnitName : 0;
        }
        foreach (var mention in text)
        {
            var weight = Weight(mention, place);
            total += weight > 0 && adjacent.Contains(mention) ? weight + RegionClueWeights.Adjacent : weight;
        }
        return total;
    }

    /// <summary>The first place the text writes the name, with the region names written right before it.</summary>
    public Evidence? EvidenceFor(string name)
    {
        var mentions = text.Where(m => m.Name == name).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }
        var best = mentions.FirstOrDefault(m => PrecedingChainStart(m) < m.Offset) ?? mentions[0];
        var start = PrecedingChainStart(best);
        return new Evidence(start, source[start..best.End]);
    }

    private static double Weight(PlaceMention mention, GazetteerPlace place)
    {
        if (mention.Name == place.Name)
        {
            return 0;
        }
        var weight = 0.0;
        foreach (var clue in mention.Places)
        {
            var value = clue.Level switch
            {
                RegionLevel.District when place.Level == RegionLevel.Street && clue.Code == place.DistrictCode => RegionClueWeights.District,
                RegionLevel.City when place.Level > RegionLevel.City && clue.Code == place.CityCode => RegionClueWeights.City,
                RegionLevel.Province when place.Level > RegionLevel.Province && clue.Code == place.ProvinceCode =>
                    mention.IsWeak ? RegionClueWeights.ProvinceShortForm : RegionClueWeights.Province,
                _ => 0,
            };
            weight = Math.Max(weight, value);
        }
        return weight;
    }

    private static bool HasLevel(PlaceMention mention, RegionLevel level) => mention.Places.Any(p => p.Level == level);

    /// <summary>The mentions written right before the name (芦淞区 in 芦淞区龙泉街道), found once per name.</summary>
    private HashSet<PlaceMention> AdjacentTo(string name)
    {
        if (adjacency.TryGetValue(name, out var found))
        {
            return found;
        }
        found = new HashSet<PlaceMention>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < text.Count; i++)
        {
            if (text[i].Name != name)
            {
                continue;
            }
            for (var j = i - 1; j >= 0 && IsTightGap(text[j].End, text[j + 1].Offset) && text[j].End <= text[j + 1].Offset; j--)
            {
                found.Add(text[j]);
            }
        }
        adjacency[name] = found;
        return found;
    }

    private int PrecedingChainStart(PlaceMention mention)
    {
        var start = mention.Offset;
        for (var i = IndexOf(mention) - 1; i >= 0; i--)
        {
            var previous = text[i];
            if (previous.End > start || !IsTightGap(previous.End, start))
            {
                break;
            }
            start = previous.Offset;
        }
        return start;
    }

    private int IndexOf(PlaceMention mention)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (ReferenceEquals(text[i], mention))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// A gap of a few characters inside one name (璧山区人民政府璧泉街道), with no punctuation; a line break
    /// (and the blanks around it) does not count, as PDF text breaks names across lines.
    /// </summary>
    private bool IsTightGap(int from, int to)
    {
        var letters = 0;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!char.IsWhiteSpace(c) || !LineBreakWithin(from, to))
            {
                return false;
            }
        }
        return letters <= RegionClueWeights.AdjacencyGap;
    }

    private bool LineBreakWithin(int from, int to) => source.AsSpan(from, to - from).ContainsAny('\n', '\r');
}
