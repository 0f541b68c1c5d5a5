using System.Globalization;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// The facts of an extracted record that must not depend on the file format, one comparable string per field.
/// Evidence offsets and quotes are left out: they rightly differ between formats.
/// </summary>
internal static class RecordFields
{
    public static SortedDictionary<string, string> Of(ExtractedReport r) => new(StringComparer.Ordinal)
    {
        ["unitName"] = Text(r.UnitName),
        ["unitType"] = Text(r.UnitType),
        ["evaluator"] = Text(r.Evaluator),
        ["region"] = r.Region is not { } g ? "null" : $"{g.Province}/{g.City}/{g.District}/{g.Street} {g.Code} [{string.Join(",", g.Candidates.Select(c => c.Code))}]",
        ["fiscalYear"] = r.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "null",
        ["kind"] = Text(r.Kind),
        ["projectName"] = Text(r.ProjectName),
        ["budgetInitial"] = Number(r.BudgetInitial),
        ["budgetAdjusted"] = Number(r.BudgetAdjusted),
        ["executed"] = Number(r.Executed),
        ["executionRate"] = Number(r.ExecutionRate),
        ["basicSpending"] = Number(r.BasicSpending),
        ["projectSpending"] = Number(r.ProjectSpending),
        ["scoreReported"] = Number(r.ScoreReported),
        ["grade"] = Text(r.Grade),
        ["indicators"] = string.Join("\n", r.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name} {i.Target} → {i.Actual} {Number(i.Weight)}/{Number(i.Points)}{(i.IsExecutionRate ? " (rate)" : "")}")),
        ["spending"] = string.Join("\n", r.Spending.Select(s => $"{s.Name}={Number(s.Amount)} {s.SourceUnit} {s.Category}")),
        ["staff"] = r.Staff is not { } s ? "null" : $"posts {s.Posts}, serving {s.Serving}, funded {s.Funded}, retired {s.Retired}",
        ["problems"] = Text(r.Problems),
        ["improvements"] = Text(r.Improvements),
        ["flags"] = string.Join(", ", r.Flags.Select(f => $"{f.Rule}:{f.Severity}").Order(StringComparer.Ordinal)),
    };

    private static string Text(string? value) => value ?? "null";

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "null";
}
