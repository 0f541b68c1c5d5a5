using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// The grade the report writes (优/良/中/差; 优秀→优, 良好→良, 中等/合格→中, 较差/不合格→差). Never derived
/// from the score: a report that states 97 points but no grade has no grade.
/// </summary>
public sealed class GradeRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var found = GradeReader.Read(context.Text.Text);
        if (found.Count == 0)
        {
            return;
        }
        var (grade, evidence) = found[0];
        context.Report = context.Report with { Grade = grade };
        context.SetEvidence("grade", evidence.Offset, evidence.Quote);
        foreach (var (other, where) in found.Skip(1))
        {
            if (other != grade)
            {
                context.AddIssue("grade_conflict", $"The text also states the grade {other}; the first stated grade ({grade}) is kept.", where);
            }
        }
    }
}
