using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Parsing;

/// <summary>
/// What the rules share while extracting one document: the text, the record built so far and its evidence.
/// Rules run in the builder's order, so a later rule may read what an earlier one found.
/// </summary>
public sealed class ExtractionContext(ReportText text)
{
    private readonly Dictionary<string, Evidence> evidence = new(StringComparer.Ordinal);
    private readonly List<ExtractionIssue> issues = [];

    public ReportText Text { get; } = text;

    public ExtractedReport Report { get; set; } = new() { SourceName = text.SourceName };

    public IReadOnlyDictionary<string, Evidence> Evidence => evidence;

    /// <summary>Records where a field's value came from, keyed by the field's JSON name.</summary>
    public void SetEvidence(string field, int offset, string quote) => evidence[field] = new Evidence(offset, quote);

    public void RemoveEvidence(string field) => evidence.Remove(field);

    public void AddIssue(string code, string message, Evidence? where = null) => issues.Add(new ExtractionIssue(code, message, where));

    public ExtractedReport Build() => Report with { Evidence = evidence, Issues = [.. Report.Issues, .. issues] };
}
