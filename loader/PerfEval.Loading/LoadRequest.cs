namespace PerfEval.Loading;

/// <summary>How a load treats its files.</summary>
public sealed record LoadRequest
{
    /// <summary>Inbox loads move files out once they are in the warehouse (or quarantine); a CLI load of a user's folder copies.</summary>
    public bool RemoveSources { get; init; }

    /// <summary>Marks the documents as demo data, shown as such in the dashboard.</summary>
    public bool IsDemo { get; init; }

    public IProgress<LoadOutcome>? Progress { get; init; }
}
