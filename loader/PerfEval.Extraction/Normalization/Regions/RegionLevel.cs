namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>The four gazetteer levels, from the broadest.</summary>
public enum RegionLevel
{
    Province,
    City,
    District,
    Street,
}
