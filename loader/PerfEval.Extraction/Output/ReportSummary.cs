using System.Globalization;
using System.Text;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Output;

/// <summary>A short, readable listing of a record for the terminal (`extract &lt;file&gt;` without --json).</summary>
public static class ReportSummary
{
    public static string Format(ExtractedReport report)
    {
        var text = new StringBuilder();
        void Line(string label, object? value) =>
            text.Append(label).Append(": ").AppendLine(value switch
            {
                null => "—",
                decimal d => d.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            });

        Line("source", report.SourceName);
        Line("unit", report.UnitName);
        Line("unit type", report.UnitType);
        Line("evaluator", report.Evaluator);
        Line("region", Region(report.Region));
        Line("fiscal year", report.FiscalYear);
        Line("kind", report.Kind);
        Line("project", report.ProjectName);
        Line("budget initial (万元)", report.BudgetInitial);
        Line("budget adjusted (万元)", report.BudgetAdjusted);
        Line("executed (万元)", report.Executed);
        Line("execution rate (%)", report.ExecutionRate);
        Line("score", report.ScoreReported);
        Line("grade", report.Grade);
        Line("indicators", report.Indicators.Count);
        Line("spending lines", report.Spending.Count);
        foreach (var issue in report.Issues)
        {
            Line("issue " + issue.Code, issue.Message);
        }
        foreach (var flag in report.Flags)
        {
            Line("flag " + flag.Rule, flag.Message);
        }
        return text.ToString().TrimEnd();
    }

    private static string? Region(RegionMatch? region)
    {
        if (region is null)
        {
            return null;
        }
        var named = string.Concat(region.Province, region.City == region.Province ? null : region.City, region.District, region.Street);
        var code = region.Code is null ? "" : $" ({region.Code})";
        var candidates = region.Candidates.Count > 1 ? $" — {region.Candidates.Count} candidates: {string.Join(", ", region.Candidates.Select(c => c.Code))}" : "";
        return (named + code + candidates).Trim();
    }
}
