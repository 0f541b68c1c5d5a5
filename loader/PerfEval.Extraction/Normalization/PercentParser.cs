using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Normalization;

/// <summary>Percentages as written: 70%, 70.00%, =97%, ≥98%, ≤5%, ７０％.</summary>
public static partial class PercentParser
{
    public sealed record ParsedPercent(decimal Value, string? Comparator, int Offset, int Length);

    public static IReadOnlyList<ParsedPercent> FindAll(string text)
    {
        var half = NumberText.ToHalfWidth(text);
        var found = new List<ParsedPercent>();
        foreach (Match m in Percent().Matches(half))
        {
            if (NumberText.TryParse(m.Groups["num"].Value, out var value))
            {
                found.Add(new ParsedPercent(value, m.Groups["cmp"].Success ? m.Groups["cmp"].Value : null, m.Index, m.Length));
            }
        }
        return found;
    }

    /// <summary>A cell holding one percentage ("100%", "=97%", "70.00 %").</summary>
    public static ParsedPercent? ParseCell(string cell)
    {
        var m = CellPercent().Match(NumberText.ToHalfWidth(cell));
        return m.Success && NumberText.TryParse(m.Groups["num"].Value, out var value)
            ? new ParsedPercent(value, m.Groups["cmp"].Success ? m.Groups["cmp"].Value : null, 0, cell.Length)
            : null;
    }

    [GeneratedRegex(@"(?<cmp>[=≥≤<>]|>=|<=)?\s*(?<![0-9.])(?<num>[0-9]+(?:\.[0-9]+)?)\s*%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^\s*(?<cmp>>=|<=|[=≥≤<>])?\s*(?<num>[0-9]+(?:\.[0-9]+)?)\s*%\s*$")]
    private static partial Regex CellPercent();
}
