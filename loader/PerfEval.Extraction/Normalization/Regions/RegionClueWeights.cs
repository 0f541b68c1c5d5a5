namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// How much a name in the text supports a candidate place. A district says more than a city, a city more than a
/// province; a name written in the unit's own name, or right before the place's name (株洲市芦淞区龙泉街道), says most.
/// </summary>
internal static class RegionClueWeights
{
    public const double District = 3;
    public const double City = 2;
    public const double Province = 1;
    public const double ProvinceShortForm = 0.5;
    public const double InUnitName = 10;
    public const double Adjacent = 5;

    /// <summary>Characters allowed between a region name and the place it qualifies (重庆市璧山区人民政府璧泉街道).</summary>
    public const int AdjacencyGap = 6;
}
