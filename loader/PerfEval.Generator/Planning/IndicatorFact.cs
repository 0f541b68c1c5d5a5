namespace PerfEval.Generator.Planning;

/// <summary>One scored indicator row as the report states it.</summary>
public sealed record IndicatorFact
{
    public required IndicatorTemplate Template { get; init; }
    public required string Target { get; init; }
    public required string Actual { get; init; }
    public required decimal Weight { get; init; }
    public required decimal Points { get; init; }
    public string? Deviation { get; init; }

    /// <summary>True when the actual value falls short of the target.</summary>
    public bool Missed { get; init; }

    public string Level1 => Template.Level1;
    public string Level2 => Template.Level2;
    public string Name => Template.Name;
}
