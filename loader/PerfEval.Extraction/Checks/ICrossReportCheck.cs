using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>One rule over the set of loaded reports; flags are keyed by <see cref="PeerReport.DocumentId"/>.</summary>
public interface ICrossReportCheck
{
    string Id { get; }
    FlagSeverity Severity { get; }

    IEnumerable<(string DocumentId, Flag Flag)> Evaluate(IReadOnlyList<PeerReport> reports, CheckConfiguration config);
}
