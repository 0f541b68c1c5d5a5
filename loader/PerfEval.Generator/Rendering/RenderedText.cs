namespace PerfEval.Generator.Rendering;

/// <summary>A rendered plain-text report and where each marked span landed.</summary>
public sealed record RenderedText(string Text, IReadOnlyDictionary<string, (int Offset, string Quote)> Marks);
