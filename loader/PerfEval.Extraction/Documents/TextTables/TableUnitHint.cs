using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>Finds the unit stated for a whole table (单位：万元) just above it or in its first row.</summary>
internal static partial class TableUnitHint
{
    private const int LinesAbove = 3;

    public static string? Find(IReadOnlyList<TextLine> lines, int firstLine, IReadOnlyList<TableRow> rows)
    {
        var checkedLines = 0;
        for (var i = firstLine - 1; i >= 0 && checkedLines < LinesAbove; i--)
        {
            if (TextLineKinds.IsBlank(lines[i].Content))
            {
                continue;
            }
            checkedLines++;
            var m = UnitLine().Match(lines[i].Content);
            if (m.Success)
            {
                return m.Groups["unit"].Value;
            }
        }
        if (rows.Count > 0)
        {
            foreach (var cell in rows[0].Cells)
            {
                var m = UnitLine().Match(cell.Text);
                if (m.Success)
                {
                    return m.Groups["unit"].Value;
                }
            }
        }
        return null;
    }

    [GeneratedRegex(@"(?:金额|计量)?单位\s*[:：]\s*(?<unit>亿元|万元|千元|元)")]
    private static partial Regex UnitLine();
}
