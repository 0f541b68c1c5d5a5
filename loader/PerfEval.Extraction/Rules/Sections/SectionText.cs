namespace PerfEval.Extraction.Rules.Sections;

/// <summary>A section's text (its lines joined with line breaks) and where it starts.</summary>
public sealed record SectionText(string Text, int Offset);
