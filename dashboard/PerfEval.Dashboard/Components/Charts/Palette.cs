namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Colours shared by the charts (colour-blind safe, with red kept for warnings).</summary>
public static class Palette
{
    public const string Blue = "#2f6db5";
    public const string Teal = "#2a9d8f";
    public const string Orange = "#e08a1e";
    public const string Red = "#c0392b";
    public const string Grey = "#8a8f98";
    public const string RedArea = "rgba(192,57,43,0.10)";

    public static readonly string[] Series =
        ["#2f6db5", "#e08a1e", "#2a9d8f", "#8e5ea2", "#c8a600", "#5b8c3a", "#d1495b", "#6c7a89", "#00798c", "#a05195"];
}
