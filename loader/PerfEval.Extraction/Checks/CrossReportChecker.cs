using PerfEval.Extraction.Checks.Peers;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>Runs the checks that compare reports with each other (peers in a district, years of one unit).</summary>
public sealed class CrossReportChecker(IReadOnlyList<ICrossReportCheck> checks, CheckConfiguration configuration)
{
    public IReadOnlyList<ICrossReportCheck> Checks { get; } = checks;
    public CheckConfiguration Configuration { get; } = configuration;

    public static CrossReportChecker CreateDefault() => Create(CheckConfiguration.Default);

    public static CrossReportChecker Create(CheckConfiguration configuration) =>
        new([new ScorePeerOutlierCheck(), new RepeatedTargetsCheck(), new DuplicateReportCheck()], configuration);

    /// <summary>Flags per document id; documents without flags are absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Flag>> Check(IReadOnlyList<PeerReport> reports) =>
        Checks
            .SelectMany(check => check.Evaluate(reports, Configuration))
            .GroupBy(pair => pair.DocumentId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Flag>)[.. group.Select(pair => pair.Flag)], StringComparer.Ordinal);
}
