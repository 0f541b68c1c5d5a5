using System.Globalization;

namespace PerfEval.Generator.Planning;

/// <summary>
/// Picks a series' indicators (kept year after year, as units copy them) and scores one year by the national
/// rules: a met target earns full points, a missed quantitative target its completion share.
/// </summary>
public static class IndicatorPlanner
{
    private static readonly string[] DeviationNotes =
    [
        "受年中任务调整影响，未完全达到年度目标，下一步将合理设置目标值。",
        "部分工作推进滞后，已纳入下年度重点督办。",
        "因项目实施周期延长，完成值略低于目标，将加强进度管理。",
        "受人员变动影响，工作量有所减少，下年度将加强统筹。",
    ];

    /// <summary>The rows (templates and weights) of one series; weights of the non-execution rows sum to 90.</summary>
    public static IReadOnlyList<(IndicatorTemplate Template, int Weight, int TargetValue)> PickSeriesRows(Rng rng)
    {
        var output = new List<IndicatorTemplate>();
        output.AddRange(PickDistinct(rng, IndicatorTemplates.Quantity, rng.Between(1, 2)));
        output.Add(rng.Pick(IndicatorTemplates.Quality));
        output.Add(rng.Pick(IndicatorTemplates.Timeliness));
        if (rng.Chance(0.4))
        {
            output.Add(rng.Pick(IndicatorTemplates.Cost));
        }
        var effects = PickDistinct(rng, IndicatorTemplates.Effects, rng.Between(1, 3));
        var satisfaction = rng.Pick(IndicatorTemplates.Satisfactions);

        var rows = new List<(IndicatorTemplate, int, int)>();
        AddWithWeights(rng, rows, output, 50);
        AddWithWeights(rng, rows, effects, 30);
        AddWithWeights(rng, rows, [satisfaction], 10);
        return rows;
    }

    /// <summary>
    /// Scores one year. <paramref name="performance"/> is the completion share for rows that fall short
    /// (1 = all met); <paramref name="missCount"/> rows miss their target, each completing between the floor and
    /// the ceiling.
    /// </summary>
    public static List<IndicatorFact> ScoreYear(Rng rng, IReadOnlyList<(IndicatorTemplate Template, int Weight, int TargetValue)> rows, int missCount, decimal performanceFloor, decimal performanceCeiling = 0.97m)
    {
        var missing = new HashSet<int>();
        var order = Enumerable.Range(0, rows.Count).ToList();
        rng.Shuffle(order);
        foreach (var i in order.Take(missCount))
        {
            missing.Add(i);
        }
        var facts = new List<IndicatorFact>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (template, weight, targetValue) = rows[i];
            var ratio = missing.Contains(i) ? rng.Decimal(performanceFloor, Math.Max(performanceFloor, performanceCeiling), 2) : 1m;
            facts.Add(Score(rng, template, weight, targetValue, ratio));
        }
        return facts;
    }

    /// <summary>The row scored as met in full, whatever its actual value (the full_marks_unmet anomaly keeps the actual).</summary>
    public static IndicatorFact WithFullMarks(IndicatorFact fact) => fact with { Points = fact.Weight, Deviation = null };

    public static IndicatorFact Score(Rng rng, IndicatorTemplate template, int weight, int targetValue, decimal ratio)
    {
        var missed = ratio < 1m;
        var points = missed ? Math.Round(weight * ratio, 1, MidpointRounding.AwayFromZero) : weight;
        var (target, actual) = template.Measure switch
        {
            MeasureKind.Count => ($"{targetValue}{template.Word}", $"{(missed ? (int)Math.Floor(targetValue * ratio) : targetValue + rng.Next(Math.Max(1, targetValue / 20)))}{template.Word}"),
            MeasureKind.PercentAtLeast => ($"≥{targetValue}%", Percent(missed ? targetValue * ratio : Math.Min(100m, targetValue + rng.Decimal(0, 4, 1)))),
            MeasureKind.PercentFull => (rng.Chance(0.5) ? "=100%" : "100%", Percent(missed ? 100m * ratio : 100m)),
            _ => (template.Target, missed ? template.Partial : template.Achieved),
        };
        if (template.Measure == MeasureKind.Qualitative && missed)
        {
            points = Math.Round(weight * 0.8m, 1, MidpointRounding.AwayFromZero);
        }
        return new IndicatorFact
        {
            Template = template,
            Target = target,
            Actual = actual,
            Weight = weight,
            Points = points,
            Missed = missed,
            Deviation = missed ? rng.Pick(DeviationNotes) : null,
        };
    }

    public static int TargetValueFor(Rng rng, IndicatorTemplate template) => template.Measure switch
    {
        MeasureKind.Count => rng.Between(template.Min, template.Max),
        MeasureKind.PercentAtLeast => rng.Between(template.Min, template.Max),
        _ => 100,
    };

    private static string Percent(decimal value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == Math.Truncate(rounded) ? ((int)rounded).ToString(CultureInfo.InvariantCulture) : rounded.ToString("0.0", CultureInfo.InvariantCulture)) + "%";
    }

    private static void AddWithWeights(Rng rng, List<(IndicatorTemplate, int, int)> rows, List<IndicatorTemplate> templates, int total)
    {
        // Multiples of 5, each row at least 5, summing to the level's total.
        var units = total / 5;
        var shares = Enumerable.Repeat(1, templates.Count).ToArray();
        for (var left = units - templates.Count; left > 0; left--)
        {
            shares[rng.Next(shares.Length)]++;
        }
        for (var i = 0; i < templates.Count; i++)
        {
            rows.Add((templates[i], shares[i] * 5, TargetValueFor(rng, templates[i])));
        }
    }

    private static List<IndicatorTemplate> PickDistinct(Rng rng, IReadOnlyList<IndicatorTemplate> pool, int count)
    {
        var copy = pool.ToList();
        rng.Shuffle(copy);
        return copy.Take(count).ToList();
    }
}
