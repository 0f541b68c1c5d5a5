namespace PerfEval.Extraction.Normalization.Regions;

public sealed partial class Gazetteer
{
    // Province suffixes removed to get the short form people write (湖南, 广西, 新疆).
    private static readonly string[] ProvinceSuffixes =
        ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"];

    /// <summary>
    /// Finds every gazetteer name in a text, longest name first where names end at the same character
    /// (乌龙泉街道, not 龙泉街道). Two-character district and street names (城区, 郊区) are too common as words to count.
    /// </summary>
    public IReadOnlyList<PlaceMention> FindMentions(string text)
    {
        var mentions = new List<PlaceMention>();
        var span = text.AsSpan();
        // Scanning backwards, the start of the last name taken: names ending inside it are parts of it.
        var coveredFrom = int.MaxValue;
        for (var end = span.Length - 1; end >= 0; end--)
        {
            if (end >= coveredFrom || !lastChars.Contains(span[end]))
            {
                continue;
            }
            for (var length = Math.Min(longestName, end + 1); length >= shortestName; length--)
            {
                var start = end - length + 1;
                if (byNameSpan.TryGetValue(span.Slice(start, length), out var entry))
                {
                    mentions.Add(new PlaceMention(start, span.Slice(start, length).ToString(), entry.Places, entry.IsShortForm));
                    coveredFrom = start;
                    break;
                }
            }
        }
        mentions.Reverse();
        return mentions;
    }

    private static Dictionary<string, NameEntry> BuildNameIndex(IReadOnlyList<GazetteerPlace> places)
    {
        var index = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (!IsSearchableName(place))
            {
                continue;
            }
            if (!index.TryGetValue(place.Name, out var entry))
            {
                entry = new NameEntry([], IsShortForm: false);
                index[place.Name] = entry;
            }
            entry.Places.Add(place);
        }
        foreach (var province in places.Where(p => p.Level == RegionLevel.Province))
        {
            var shortName = ShortProvinceName(province.Name);
            if (shortName.Length >= 2 && !index.ContainsKey(shortName))
            {
                index[shortName] = new NameEntry([province], IsShortForm: true);
            }
        }
        return index;
    }

    private static bool IsSearchableName(GazetteerPlace place) => place.Level switch
    {
        RegionLevel.Province => true,
        RegionLevel.City => !IsPlaceholderCity(place.Name),
        _ => place.Name.Length >= 3,
    };

    internal static string ShortProvinceName(string name)
    {
        foreach (var suffix in ProvinceSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }
}
