using PerfEval.Extraction.Checks.Rules;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>Runs every check over one extracted report and recomputes its score. Stateless and thread-safe.</summary>
public sealed class ReportChecker(IReadOnlyList<ICheck> checks, CheckConfiguration configuration)
{
    public IReadOnlyList<ICheck> Checks { get; } = checks;
    public CheckConfiguration Configuration { get; } = configuration;

    public static ReportChecker CreateDefault() => Create(CheckConfiguration.Default);

    public static ReportChecker Create(CheckConfiguration configuration) => new(DefaultChecks(), configuration);

    public static IReadOnlyList<ICheck> DefaultChecks() =>
    [
        new MissingScoreCheck(),
        new UnsupportedScoreCheck(),
        new ScoreSumMismatchCheck(),
        new FullMarksUnmetCheck(),
        new PointsWithoutShortfallCheck(),
        new ExecutionPointsRecomputedCheck(),
        new ScoreOutrunsSpendingCheck(),
        new LowExecutionCheck(),
        new OverExecutionCheck(),
        new GradeMismatchCheck(),
        new TotalsDisagreeCheck(),
        new UnitMislabelCheck(),
        new LargeBudgetAdjustmentCheck(),
        new RegionAmbiguousCheck(),
        new RegionUnknownCheck(),
        new YearUnknownCheck(),
        new ValueOutOfRangeCheck(),
    ];

    /// <summary>The report with <see cref="ExtractedReport.Flags"/> replaced and <see cref="ExtractedReport.ScoreRecomputed"/> filled.</summary>
    public ExtractedReport Check(ExtractedReport report)
    {
        var flags = Checks.SelectMany(check => check.Evaluate(report, Configuration)).ToList();
        var recomputed = ScoreRecomputer.Recompute(report, Configuration);
        return report with { Flags = flags, ScoreRecomputed = StorableLimits.Fits(recomputed, StorableLimits.Score) ? recomputed : null };
    }
}
