using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>One rule over the set of loaded reports; flags are keyed by <see cref="PeerReport.DocumentId"/>.</summary>
public interface ICrossReportCheck
{
    string Id { get; }
    FlagSeverity Severity { get; }

    /// <summary>Which reports a report's flag depends on, so a warehouse pass can recompute only what changed.</summary>
    PeerScope Scope { get; }

    IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config);
}

/// <summary>The reports a cross-report flag is judged against.</summary>
public enum PeerScope
{
    /// <summary>The other reports of the same district and fiscal year.</summary>
    DistrictYear,

    /// <summary>The other reports of the same unit (every year and kind), and the documents they superseded.</summary>
    Unit,
}
