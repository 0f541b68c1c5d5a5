using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>Indicator rows (and the 预算执行率 row) from the document's scoring tables (自评表).</summary>
public sealed class ScoringTableIndicatorsRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var scan = ScoringTableScanner.Scan(context.Text);
        foreach (var issue in scan.Issues)
        {
            context.AddIssue(issue.Code, issue.Message, issue.Evidence);
        }
        if (scan.Rows.Count == 0)
        {
            return;
        }
        context.Report = context.Report with { Indicators = scan.Rows };
        var where = scan.HeaderEvidence ?? scan.Rows[0].Evidence!;
        context.SetEvidence("indicators", where.Offset, where.Quote);
    }
}
