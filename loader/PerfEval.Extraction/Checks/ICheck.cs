using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>One rule over one extracted report: an id, its severity and the flags it raises with evidence quotes.</summary>
public interface ICheck
{
    string Id { get; }

    /// <summary>The highest severity this rule raises.</summary>
    FlagSeverity Severity { get; }

    IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config);
}
