using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Cross-checks weights cut from glued runs against the weight a first-level category states (产出指标（50分）): when the
/// rows under it do not add up to it, their weight-and-points runs are put back as written, with a note.
/// </summary>
internal static partial class GluedCategoryWeights
{
    public static void Check(List<TableRow> rows, List<int> weightAt, List<string> notes)
    {
        var r = 0;
        while (r < rows.Count)
        {
            var stated = StatedWeight(rows[r]);
            if (stated is null)
            {
                r++;
                continue;
            }
            var end = r + 1;
            while (end < rows.Count && StatedWeight(rows[end]) is null && !IsTotal(rows[end]))
            {
                end++;
            }
            var sum = 0m;
            for (var k = r; k < end; k++)
            {
                sum += weightAt[k] >= 0 && decimal.TryParse(rows[k].Cells[weightAt[k]].Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) ? w : 0m;
            }
            if (sum != stated.Value.Weight)
            {
                notes.Add($"Glued weights under '{stated.Value.Label}' add up to {sum}, not its stated {stated.Value.Weight}; left as written.");
                for (var k = r; k < end; k++)
                {
                    rows[k] = Unsplit(rows[k], weightAt[k]);
                }
            }
            r = end;
        }
    }

    private static TableRow Unsplit(TableRow row, int weightAt)
    {
        if (weightAt < 0)
        {
            return row;
        }
        var cells = row.Cells.ToList();
        var (weight, points) = (cells[weightAt], cells[weightAt + 1]);
        cells[weightAt] = weight with { Text = weight.Text + points.Text };
        cells.RemoveAt(weightAt + 1);
        return new TableRow(cells);
    }

    private static (string Label, decimal Weight)? StatedWeight(TableRow row)
    {
        var m = row.Cells.Count > 0 ? CategoryWeight().Match(row.Cells[0].Text) : Match.Empty;
        return m.Success && decimal.TryParse(m.Groups["w"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var w) ? (m.Value, w) : null;
    }

    private static bool IsTotal(TableRow row) => row.Cells.Count > 0 && row.Cells[0].Text is "总分" or "合计" or "总计";

    [GeneratedRegex(@"^(?:项目)?(?:产出|效益|满意度|成本|决策|过程)指标[（(](?<w>\d+(?:\.\d+)?)分[）)]$")]
    private static partial Regex CategoryWeight();
}
