namespace PerfEval.Extraction.Rules.Identity;

/// <summary>The report's title as written (two lines joined when the title wraps), and where it starts.</summary>
public sealed record TitleLine(string Text, int Offset);
