namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// A gazetteer name found in a text, from <see cref="Offset"/> to <see cref="End"/> (longer than the name when a
/// line break falls inside it, as in PDF text). <see cref="Places"/> holds every place bearing the name (names repeat).
/// A weak mention (湖南 for 湖南省, a two-character county such as 滑县 that ordinary words also spell) supports a
/// place but never names the target by itself.
/// </summary>
public sealed record PlaceMention(int Offset, int End, string Name, IReadOnlyList<GazetteerPlace> Places, bool IsWeak)
{
    public RegionLevel Level => Places[0].Level;
}
