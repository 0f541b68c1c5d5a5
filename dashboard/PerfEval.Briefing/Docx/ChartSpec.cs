namespace PerfEval.Briefing.Docx;

/// <summary>A native Word chart: categories, one or more named series, and how to draw them.</summary>
internal sealed record ChartSpec(string Title, ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string NumberFormat = "0.0");

internal sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);

internal enum ChartKind
{
    HorizontalBar,
    Column,
    Pie,
}
