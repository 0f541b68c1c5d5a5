using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>Figures several checks derive from a report the same way.</summary>
internal static class ReportFacts
{
    /// <summary>The budget execution is measured against: the adjusted budget, else the initial one.</summary>
    public static decimal? Budget(ExtractedReport report) => report.BudgetAdjusted ?? report.BudgetInitial;

    /// <summary>The execution rate in percent: as stated, else as computed by the extractor, else executed ÷ budget.</summary>
    public static decimal? ExecutionRate(ExtractedReport report)
    {
        if (report.ExecutionRate is { } stated)
        {
            return stated;
        }
        if (report.ExecutionRateComputed is { } computed)
        {
            return computed;
        }
        return Budget(report) is > 0m and var budget && report.Executed is { } executed ? Percent(executed, budget) : null;
    }

    /// <summary>Null when hostile figures (a tiny budget, a huge amount) put the rate beyond decimal.</summary>
    private static decimal? Percent(decimal part, decimal whole)
    {
        try
        {
            return part / whole * 100m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Evidence of the execution rate: the stated rate, else the two amounts it comes from.</summary>
    public static IReadOnlyList<Evidence> ExecutionEvidence(ExtractedReport report) =>
        report.ExecutionRate is not null && report.Evidence.ContainsKey(EvidenceKeys.ExecutionRate)
            ? Quotes(report, EvidenceKeys.ExecutionRate)
            : Quotes(report, EvidenceKeys.Executed, EvidenceKeys.BudgetAdjusted, EvidenceKeys.BudgetInitial);

    public static IReadOnlyList<Evidence> Quotes(ExtractedReport report, params string[] keys) =>
        [.. keys.Select(key => report.Evidence.GetValueOrDefault(key)).OfType<Evidence>().Distinct()];

    /// <summary>Rows that carry points or a weight: the scoring table.</summary>
    public static IReadOnlyList<IndicatorRow> ScoringRows(ExtractedReport report) =>
        [.. report.Indicators.Where(row => row.Points is not null || row.Weight is not null)];

    /// <summary>
    /// How far two figures may differ before it is a finding: the configured tolerance, or half a unit of the stated
    /// value's last written digit when it was written with fewer decimals ("97" may stand for 96.5–97.49).
    /// </summary>
    public static decimal Allowance(decimal stated, decimal tolerance)
    {
        var halfUnit = 0.5m / Pow10(stated.Scale);
        return Math.Max(tolerance, halfUnit);
    }

    public static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
