using PerfEval.Extraction.Model;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Scoring;

/// <summary>
/// Scores extracted records against generated ground truth: precision and recall per field, per list (indicator
/// rows, spending lines) and per check rule (expected flags — planted anomalies and those the stated figures call for — vs flags of severity warning or higher).
/// </summary>
public sealed class AccuracyScorer(int maxExamples = 3)
{
    private const decimal Tolerance = 0.0001m;
    private readonly Dictionary<string, FieldTally> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldTally> rules = new(StringComparer.Ordinal);

    public int Reports { get; private set; }

    public IReadOnlyList<FieldTally> Fields => [.. fields.Values.OrderBy(f => f.Field, StringComparer.Ordinal)];

    public IReadOnlyList<FieldTally> Rules => [.. rules.Values.OrderBy(f => f.Field, StringComparer.Ordinal)];

    public void Add(string file, GroundTruth truth, ExtractedReport extracted)
    {
        Reports++;
        var t = truth.Report;
        Text("unitName", file, t.UnitName, extracted.UnitName);
        Text("unitType", file, t.UnitType, extracted.UnitType);
        Text("evaluator", file, t.Evaluator, extracted.Evaluator);
        Text("region.code", file, t.Region?.Code, extracted.Region?.Code);
        Text("fiscalYear", file, t.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture), extracted.FiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Text("kind", file, t.Kind, extracted.Kind);
        Text("projectName", file, t.ProjectName, extracted.ProjectName);
        Number("budgetInitial", file, t.BudgetInitial, extracted.BudgetInitial);
        Number("budgetAdjusted", file, t.BudgetAdjusted, extracted.BudgetAdjusted);
        Number("executed", file, t.Executed, extracted.Executed);
        Number("executionRate", file, t.ExecutionRate, extracted.ExecutionRate);
        Number("basicSpending", file, t.BasicSpending, extracted.BasicSpending);
        Number("projectSpending", file, t.ProjectSpending, extracted.ProjectSpending);
        Number("scoreReported", file, t.ScoreReported, extracted.ScoreReported);
        Text("grade", file, t.Grade, extracted.Grade);
        Number("staff.posts", file, t.Staff?.Posts, extracted.Staff?.Posts);
        Number("staff.serving", file, t.Staff?.Serving, extracted.Staff?.Serving);
        Items("indicators", file, t.Indicators.Select(RowKey), extracted.Indicators.Select(RowKey));
        Items("spending", file, t.Spending.Select(s => s.Name + "=" + Round(s.Amount)), extracted.Spending.Select(s => s.Name + "=" + Round(s.Amount)));
        Flags(file, truth.ExpectedFlags, extracted.Flags.Where(f => f.Severity >= FlagSeverity.Warning).Select(f => f.Rule));
    }

    private static string RowKey(IndicatorRow row) => $"{row.Name}|{Round(row.Weight)}|{Round(row.Points)}";

    private static string Round(decimal? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) : "null";

    private FieldTally Field(string name) => fields.TryGetValue(name, out var tally) ? tally : fields[name] = new FieldTally(name, maxExamples);

    private void Text(string name, string file, string? truth, string? extracted) =>
        Field(name).Add(truth is not null, extracted is not null, string.Equals(truth, extracted, StringComparison.Ordinal), $"{file}: truth {truth ?? "null"}, extracted {extracted ?? "null"}");

    private void Number(string name, string file, decimal? truth, decimal? extracted) =>
        Field(name).Add(truth is not null, extracted is not null, truth is { } a && extracted is { } b && Math.Abs(a - b) <= Tolerance, $"{file}: truth {Round(truth)}, extracted {Round(extracted)}");

    private void Items(string name, string file, IEnumerable<string> truth, IEnumerable<string> extracted)
    {
        var expected = truth.ToList();
        var actual = extracted.ToList();
        var remaining = new List<string>(expected);
        var matched = 0;
        foreach (var item in actual)
        {
            if (remaining.Remove(item))
            {
                matched++;
            }
        }
        var missing = expected.Count - matched;
        var wrong = actual.Count - matched;
        Field(name).AddCounts(matched, wrong, missing, $"{file}: {missing} missed (e.g. {remaining.FirstOrDefault()}), {wrong} wrong");
    }

    private void Flags(string file, IReadOnlyList<string> planted, IEnumerable<string> raised)
    {
        var raisedSet = raised.ToHashSet(StringComparer.Ordinal);
        foreach (var rule in planted.Union(raisedSet, StringComparer.Ordinal))
        {
            var tally = rules.TryGetValue(rule, out var t) ? t : rules[rule] = new FieldTally(rule, maxExamples);
            tally.Add(planted.Contains(rule, StringComparer.Ordinal), raisedSet.Contains(rule), true, $"{file}: planted {planted.Contains(rule, StringComparer.Ordinal)}, raised {raisedSet.Contains(rule)}");
        }
    }
}
