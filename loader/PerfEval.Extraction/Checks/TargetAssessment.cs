namespace PerfEval.Extraction.Checks;

public enum TargetOutcome
{
    /// <summary>Target or actual missing or unreadable: no finding either way.</summary>
    Unknown,
    Met,
    Unmet,
}

public enum TargetKind
{
    Unknown,
    Quantitative,
    Reverse,
    YesNo,
    Qualitative,
}

/// <summary>
/// Whether an indicator's actual meets its target, and the share of the points the national rules give it
/// (<see cref="Completion"/>: 1 when met; the completion ratio or the qualitative band otherwise; null when unknown,
/// or when a worded actual such as "未完成" misses a numeric target by an amount the text does not give).
/// </summary>
public sealed record TargetAssessment(TargetOutcome Outcome, TargetKind Kind, decimal? Completion)
{
    public static TargetAssessment Unknown { get; } = new(TargetOutcome.Unknown, TargetKind.Unknown, null);
}
