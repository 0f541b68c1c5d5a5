namespace PerfEval.Generator.Planning;

/// <summary>
/// Computes the true figures of report i: the series' unit and budget base, the year's drift from the years
/// before (budgets ±20% a year, execution, indicator results), then the planted anomaly if any.
/// </summary>
public sealed class FactsPlanner(CorpusSpec spec, CorpusPlan plan)
{
    public ReportFacts Plan(int index)
    {
        var series = plan.Series(index);
        var slot = plan.Slot(series);
        var unit = slot.Unit;
        var kind = slot.Kind;
        var format = plan.Format(index);
        var layout = plan.LayoutFor(index, slot, format);
        var report = Rng.For(spec.Seed, "report", index);
        var anomaly = plan.IsAnomalous(index) ? report.Pick(AnomalyRules.SupportedBy(layout, kind)) : Anomaly.None;

        var unitRng = Rng.For(spec.Seed, "unit", unit.Index);
        var portfolio = ProjectCatalog.Portfolio(unitRng, 12);
        var unitBudget = unit.UnitType switch
        {
            "街道" => unitRng.Decimal(800, 6000, 2),
            "乡镇" => unitRng.Decimal(600, 4000, 2),
            _ => unitRng.Decimal(500, 8000, 2),
        };
        var basePosts = unitRng.Between(24, 90);

        var seriesRng = Rng.For(spec.Seed, "series", series);
        var project = slot.ProjectName(portfolio);
        var evaluator = kind == ReportKinds.KeyEvaluation ? UnitCatalog.EvaluatorOf(unit.District, slot.ProjectCategory(portfolio)!) : null;
        var baseBudget = kind == ReportKinds.Overall ? unitBudget : seriesRng.Decimal(8, 320, 2);
        var rows = IndicatorPlanner.PickSeriesRows(seriesRng);

        // Walk the years up to this one so each year drifts from the last.
        decimal initial = 0, adjusted = 0, executed = 0;
        int posts = basePosts, serving = basePosts;
        List<IndicatorFact> indicators = [];
        for (var k = 0; k <= plan.YearIndex(index); k++)
        {
            var year = Rng.For(spec.Seed, "series-year", (series * 64L) + k);
            initial = k == 0 ? baseBudget : Math.Round(initial * (1m + year.Decimal(-0.2m, 0.2m, 3)), 2);
            adjusted = Math.Round(initial * (1m + year.Decimal(-0.05m, 0.15m, 3)), 2);
            var rate = year.Chance(0.35) ? 1m : year.Decimal(0.962m, 0.999m, 3);
            executed = Math.Round(adjusted * rate, 2);
            posts = Math.Max(8, posts + year.Between(-2, 2));
            serving = posts - year.Between(0, Math.Min(6, posts / 6));
            var misses = year.Chance(0.55) ? 0 : year.Between(1, 2);
            indicators = IndicatorPlanner.ScoreYear(year, rows, misses, 0.85m);
        }

        (adjusted, executed, indicators) = ApplyFigureAnomaly(anomaly, report, initial, adjusted, executed, indicators, rows);

        var basic = kind == ReportKinds.Overall ? Math.Round(executed * report.Decimal(0.3m, 0.6m, 3), 2) : 0m;
        var fund = report.Chance(0.3) ? Math.Round(adjusted * report.Decimal(0.02m, 0.12m, 3), 2) : 0m;
        var carry = report.Chance(0.25) ? Math.Round(adjusted * report.Decimal(0.01m, 0.05m, 3), 2) : 0m;
        var facts = new ReportFacts
        {
            Index = index,
            Year = plan.Year(index),
            Kind = kind,
            Layout = layout,
            Format = format,
            Anomaly = anomaly,
            Unit = unit,
            Evaluator = evaluator,
            ProjectName = project,
            ProjectCategory = slot.ProjectCategory(portfolio),
            BudgetInitial = initial,
            BudgetAdjusted = adjusted,
            Executed = executed,
            BasicSpending = basic,
            ProjectSpending = executed - basic,
            GovernmentFund = fund,
            CarryOver = carry,
            GeneralBudget = adjusted - fund - carry,
            Indicators = indicators,
            StaffPosts = posts,
            StaffServing = serving,
            Portfolio = portfolio,
            ScoreStated = 0,
        };
        var sum = facts.RowSum;
        var stated = anomaly == Anomaly.ScoreSumMismatch ? Math.Min(100m, sum + report.Between(3, 12)) : sum;
        return facts with { ScoreStated = stated };
    }

    private static (decimal Adjusted, decimal Executed, List<IndicatorFact> Indicators) ApplyFigureAnomaly(
        Anomaly anomaly, Rng rng, decimal initial, decimal adjusted, decimal executed, List<IndicatorFact> indicators,
        IReadOnlyList<(IndicatorTemplate Template, int Weight, int TargetValue)> rows)
    {
        switch (anomaly)
        {
            case Anomaly.LargeBudgetAdjustment:
                // At or above the configured ratio, so the check is expected to fire on every planted case.
                var least = PerfEval.Extraction.Checks.CheckConfiguration.Default.LargeAdjustmentRatio + 0.05m;
                adjusted = Math.Round(initial * rng.Decimal(least, Math.Max(least, 4.8m), 2), 2);
                return (adjusted, Math.Round(adjusted * rng.Decimal(0.97m, 1m, 3), 2), indicators);
            case Anomaly.LowExecution:
            {
                // Honest scoring: points follow the money, so only low_execution fires.
                var rate = rng.Decimal(0.55m, 0.78m, 3);
                var scored = IndicatorPlanner.ScoreYear(rng, rows, rows.Count, 0.5m);
                scored = [.. scored.Select(f => f with { Points = Math.Min(f.Points, Math.Round(f.Weight * rate * 0.95m, 1)) })];
                return (adjusted, Math.Round(adjusted * rate, 2), scored);
            }
            case Anomaly.ScoreOutrunsSpending:
            {
                var rate = rng.Decimal(0.70m, 0.88m, 3);
                var full = IndicatorPlanner.ScoreYear(rng, rows, 0, 1m);
                return (adjusted, Math.Round(adjusted * rate, 2), full);
            }
            case Anomaly.FullMarksUnmet:
            {
                var quantitative = indicators.Select((f, i) => (f, i)).Where(p => p.f.Template.IsQuantitative).Select(p => p.i).ToList();
                var pick = rng.Pick(quantitative);
                var (template, weight, target) = rows[pick];
                var missed = IndicatorPlanner.Score(rng, template, weight, target, rng.Decimal(0.85m, 0.97m, 2));
                var copy = indicators.ToList();
                copy[pick] = IndicatorPlanner.WithFullMarks(missed);
                return (adjusted, executed, copy);
            }
            case Anomaly.ScoreSumMismatch:
            {
                // Three rows at most 80% complete cost at least 3 points, leaving room below 100 for the inflated total.
                var scored = IndicatorPlanner.ScoreYear(rng, rows, 3, 0.6m, 0.8m);
                return (adjusted, executed, scored);
            }
            default:
                return (adjusted, executed, indicators);
        }
    }
}
