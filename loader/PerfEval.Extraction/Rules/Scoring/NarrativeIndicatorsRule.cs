using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Indicator scores written as prose ("1. 预算执行率（10分）… 该指标得分为7分", "产出指标（50分）…得分48分"),
/// used only when no scoring table gave rows.
/// </summary>
public sealed class NarrativeIndicatorsRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        if (context.Report.Indicators.Count > 0)
        {
            return;
        }
        var rows = NarrativeIndicatorReader.Read(context.Text);
        if (rows.Count == 0)
        {
            return;
        }
        context.Report = context.Report with { Indicators = rows };
        var first = rows[0].Evidence!;
        context.SetEvidence("indicators", first.Offset, first.Quote);
    }
}
