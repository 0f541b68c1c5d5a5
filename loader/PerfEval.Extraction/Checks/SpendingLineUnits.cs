using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>
/// Spending lines against the total they itemise (project spending, executed, total spending): finds the one line
/// whose 元/万元 makes the sum miss every stated total while the other unit makes it hit one.
/// </summary>
internal static class SpendingLineUnits
{
    private static readonly string[] Totals = ["project_spending", "executed", "spending_total"];

    public static (SpendingLine Line, StatedAmount Total)? FindMislabelled(ExtractedReport report, decimal tolerance)
    {
        var lines = report.Spending.Where(l => l.Amount is not null).ToList();
        var totals = report.Statements.Where(s => Totals.Contains(s.Quantity, StringComparer.Ordinal)).ToList();
        if (lines.Count < 2 || totals.Count == 0)
        {
            return null;
        }
        var sum = lines.Sum(l => l.Amount!.Value);
        if (totals.Exists(t => Math.Abs(t.Value - sum) <= tolerance))
        {
            return null;
        }
        (SpendingLine, StatedAmount)? found = null;
        foreach (var line in lines)
        {
            if (OtherUnit(line) is not { } alternative)
            {
                continue;
            }
            var switched = sum - line.Amount!.Value + alternative;
            if (totals.Find(t => Math.Abs(t.Value - switched) <= tolerance) is { } total)
            {
                if (found is not null)
                {
                    return null;
                }
                found = (line, total);
            }
        }
        return found;
    }

    private static decimal? OtherUnit(SpendingLine line) => line.SourceUnit switch
    {
        "元" => line.Amount * 10000m,
        "万元" => line.Amount / 10000m,
        _ => null,
    };
}
