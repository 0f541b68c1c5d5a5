namespace PerfEval.Extraction.Normalization.Regions;

public enum RegionStatus
{
    /// <summary>One place pinned: a street, or a district (city) for a unit that is not a street.</summary>
    Resolved,

    /// <summary>Some levels known (the candidates share a province or city), the place itself not decided.</summary>
    Partial,

    /// <summary>Several places fit and share nothing the text confirms.</summary>
    Ambiguous,

    /// <summary>No gazetteer name in the text.</summary>
    Unknown,
}
