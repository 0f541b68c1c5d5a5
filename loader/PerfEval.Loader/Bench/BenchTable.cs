using System.Globalization;
using System.Text;

namespace PerfEval.Loader.Bench;

/// <summary>A plain-text table (Markdown) that the benchmark prints and docs/benchmarks.md quotes as is.</summary>
internal sealed class BenchTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    public void Add(params object[] cells) => rows.Add([.. cells.Select(Format)]);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", headers)).AppendLine(" |");
        text.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).AppendLine();
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row)).AppendLine(" |");
        }
        return text.ToString();
    }

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString(d >= 100 ? "N0" : "0.###", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };
}
