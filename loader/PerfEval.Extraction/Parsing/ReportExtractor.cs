using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Parsing;

/// <summary>Runs the registered rules over a decoded document. Thread-safe: rules hold no per-document state.</summary>
public sealed class ReportExtractor(IReadOnlyList<IExtractionRule> rules)
{
    public IReadOnlyList<IExtractionRule> Rules { get; } = rules;

    public static ReportExtractor CreateDefault() => new ExtractionPipelineBuilder().UseDefaultRules().Build();

    public ExtractedReport Extract(ReportText text)
    {
        var context = new ExtractionContext(text);
        foreach (var rule in Rules)
        {
            rule.Apply(context);
        }
        return context.Build();
    }
}
