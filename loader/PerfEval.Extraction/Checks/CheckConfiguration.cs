using System.Text.Json;

namespace PerfEval.Extraction.Checks;

/// <summary>Thresholds of the checks, read from checks.json (embedded; comments allowed).</summary>
public sealed record CheckConfiguration
{
    public decimal Tolerance { get; init; } = 0.01m;
    public decimal LowExecutionBelow { get; init; } = 85m;
    public decimal OverExecutionAbove { get; init; } = 100m;
    public decimal LargeAdjustmentRatio { get; init; } = 2m;
    public WarningSettings Warning { get; init; } = new();
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];
    public QualitativeBands QualitativeBands { get; init; } = new();
    public QualitativeWords QualitativeWords { get; init; } = new();

    /// <summary>targetOverActual or relativeExcess; see <see cref="ReverseFormula"/>.</summary>
    public string ReverseFormula { get; init; } = Checks.ReverseFormula.TargetOverActual;

    public IReadOnlyList<string> ReverseKeywords { get; init; } = [];
    public IReadOnlyList<SumRelation> SumRelations { get; init; } = [];
    public PeerSettings Peers { get; init; } = new();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The thresholds shipped with the assembly (Checks/checks.json).</summary>
    public static CheckConfiguration Default { get; } = LoadEmbedded();

    public static CheckConfiguration Parse(string json) =>
        JsonSerializer.Deserialize<CheckConfiguration>(json, JsonOptions)
        ?? throw new InvalidDataException("The checks configuration is empty.");

    public static CheckConfiguration Load(string path) => Parse(File.ReadAllText(path));

    private static CheckConfiguration LoadEmbedded()
    {
        const string Name = "PerfEval.Extraction.Checks.checks.json";
        using var stream = typeof(CheckConfiguration).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"Embedded resource {Name} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

public sealed record WarningSettings
{
    public decimal RedGapShare { get; init; } = 0.05m;
    public decimal YellowUnspentShare { get; init; } = 0.20m;
    public decimal DefaultMaxPoints { get; init; } = 90m;
    public decimal FullScore { get; init; } = 100m;
}

/// <summary>A grade and its lowest score; its band ends below the next higher grade's minimum.</summary>
public sealed record GradeBand(string Grade, decimal Min);

public sealed record QualitativeBands
{
    public decimal Achieved { get; init; } = 1m;
    public decimal Partial { get; init; } = 0.8m;
    public decimal NotAchieved { get; init; } = 0.5m;
}

public sealed record QualitativeWords
{
    public IReadOnlyList<string> NotAchieved { get; init; } = [];
    public IReadOnlyList<string> Partial { get; init; } = [];
    public IReadOnlyList<string> Achieved { get; init; } = [];
}

/// <summary>Stated quantities that must add up: total = Σ parts, within one context.</summary>
public sealed record SumRelation(string Total, IReadOnlyList<string> Parts);

public sealed record PeerSettings
{
    public int MinPeers { get; init; } = 4;
    public decimal ScoreZ { get; init; } = 1.5m;
    public decimal MinScoreSpread { get; init; } = 1m;
    public decimal ExecutionBelowMedianBy { get; init; } = 5m;
    public int RepeatedTargetsMinRows { get; init; } = 3;
    public decimal RepeatedTargetsShare { get; init; } = 0.9m;
}

/// <summary>Names of the configurable formulas for reverse (lower-is-better) indicators.</summary>
public static class ReverseFormula
{
    public const string TargetOverActual = "targetOverActual";
    public const string RelativeExcess = "relativeExcess";
}
