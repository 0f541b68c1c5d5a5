using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Rules.Scoring;

namespace PerfEval.Extraction.Tests.Rules.Scoring;

/// <summary>Runs only the scoring rules over a text, so each test is a string.</summary>
internal static class ScoringText
{
    private static readonly ReportExtractor Extractor = new ExtractionPipelineBuilder()
        .Add(new ScoringTableIndicatorsRule())
        .Add(new NarrativeIndicatorsRule())
        .Add(new ReportedScoreRule())
        .Add(new GradeRule())
        .Build();

    public static ExtractedReport Extract(string text) => Extractor.Extract(PlainTextLayout.Build("case.txt", "txt", text));

    public static ExtractedReport Extract(ReportText text) => Extractor.Extract(text);
}
