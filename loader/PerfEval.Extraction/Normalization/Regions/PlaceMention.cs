namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// A gazetteer name found in a text. <see cref="Places"/> holds every place bearing the name (names repeat);
/// a short form (湖南 for 湖南省) is a weaker clue than a full name.
/// </summary>
public sealed record PlaceMention(int Offset, string Name, IReadOnlyList<GazetteerPlace> Places, bool IsShortForm)
{
    public int End => Offset + Name.Length;

    public RegionLevel Level => Places[0].Level;
}
