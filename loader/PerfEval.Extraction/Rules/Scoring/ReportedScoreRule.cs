using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// The total score the report states: the 总分 row of its scoring table, else a sentence
/// ("综合得分97.00分", "自评得分95分", "评价结果100分", "项目自评评分100分"). Thresholds such as
/// "200万元以下" are never read as a score: only a number followed by 分 after a score word counts.
/// </summary>
public sealed class ReportedScoreRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var scan = ScoringTableScanner.Scan(context.Text);
        var stated = NarrativeScoreReader.Read(context.Text.Text);
        if (scan.TotalPoints is decimal total)
        {
            Set(context, total, scan.TotalEvidence!);
            if (stated is not null && stated.Value.Score != total)
            {
                context.AddIssue("score_conflict", $"The scoring table's total ({total}) differs from the score stated in the text ({stated.Value.Score}).", stated.Value.Evidence);
            }
            return;
        }
        if (stated is not null)
        {
            Set(context, stated.Value.Score, stated.Value.Evidence);
            foreach (var other in stated.Value.Conflicts)
            {
                context.AddIssue("score_conflict", $"The text states another total score (\"{other.Quote}\"); the first one is kept.", other);
            }
        }
    }

    private static void Set(ExtractionContext context, decimal score, Evidence evidence)
    {
        context.Report = context.Report with { ScoreReported = score };
        context.SetEvidence("scoreReported", evidence.Offset, evidence.Quote);
    }
}
