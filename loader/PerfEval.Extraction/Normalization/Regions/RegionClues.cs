using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>The gazetteer names found in a report's text and in its unit's name, and what they say for a place.</summary>
internal sealed class RegionClues(IReadOnlyList<PlaceMention> text, IReadOnlyList<PlaceMention> unit, string source)
{
    /// <summary>
    /// The name to resolve at a level: the one written in the unit's name, else (above street level) the one the
    /// text names most often, the first of equals. A street is only taken from the unit's name: the text names
    /// streets for many reasons.
    /// </summary>
    public string? TargetName(RegionLevel level)
    {
        var inUnit = unit.LastOrDefault(m => !m.IsShortForm && HasLevel(m, level));
        if (inUnit is not null)
        {
            return inUnit.Name;
        }
        if (level == RegionLevel.Street)
        {
            return null;
        }
        return text.Where(m => !m.IsShortForm && HasLevel(m, level))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Offset)
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>How strongly the names around support this place (0 when nothing does).</summary>
    public double Support(GazetteerPlace place)
    {
        var total = 0.0;
        foreach (var mention in unit)
        {
            var weight = Weight(mention, place);
            total += weight > 0 ? weight + RegionClueWeights.InUnitName : 0;
        }
        foreach (var mention in text)
        {
            var weight = Weight(mention, place);
            total += weight > 0 && IsAdjacentTo(mention, place.Name) ? weight + RegionClueWeights.Adjacent : weight;
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
                    mention.IsShortForm ? RegionClueWeights.ProvinceShortForm : RegionClueWeights.Province,
                _ => 0,
            };
            weight = Math.Max(weight, value);
        }
        return weight;
    }

    private static bool HasLevel(PlaceMention mention, RegionLevel level) => mention.Places.Any(p => p.Level == level);

    private bool IsAdjacentTo(PlaceMention clue, string name) =>
        text.Any(m => m.Name == name && m.Offset >= clue.End && IsTightGap(clue.End, m.Offset));

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

    /// <summary>A gap of a few characters inside one name (璧山区人民政府璧泉街道), no punctuation or line break.</summary>
    private bool IsTightGap(int from, int to)
    {
        if (to - from > RegionClueWeights.AdjacencyGap)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (!char.IsLetter(source[i]))
            {
                return false;
            }
        }
        return true;
    }
}
