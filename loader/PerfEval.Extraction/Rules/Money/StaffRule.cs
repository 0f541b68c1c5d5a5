using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets Staff (posts, serving, funded, retired). A table's count comes before the text's. When the text states a
/// count separately for staff categories (公务员 … 事业单位 …), the unit's figure is their sum: the record describes
/// the whole unit; the parts stay in the evidence.
/// </summary>
public sealed class StaffRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var table = StaffTableReader.Read(context.Text);
        var facts = MoneyFacts.Of(context.Text, context.Report.FiscalYear);
        var text = StaffTextReader.Read(context.Text.Text, facts.Compact, facts.Tables);
        var posts = Resolve(StaffMeasure.Posts, table, text, context);
        var serving = Resolve(StaffMeasure.Serving, table, text, context);
        var funded = Resolve(StaffMeasure.Funded, table, text, context);
        var retired = Resolve(StaffMeasure.Retired, table, text, context);
        if (posts is null && serving is null && funded is null && retired is null)
        {
            return;
        }
        context.Report = context.Report with { Staff = new StaffFigures(posts?.Count, serving?.Count, funded?.Count, retired?.Count) };
        var first = new[] { posts, serving, funded, retired }.OfType<StaffFigure>().MinBy(f => f.Evidence.Offset)!;
        context.SetEvidence("staff", first.Evidence.Offset, first.Evidence.Quote);
    }

    private static StaffFigure? Resolve(StaffMeasure measure, IReadOnlyList<StaffFigure> table, IReadOnlyList<StaffFigure> text, ExtractionContext context)
    {
        if (table.FirstOrDefault(f => f.Measure == measure) is { } fromTable)
        {
            return fromTable;
        }
        var stated = text.Where(f => f.Measure == measure).ToList();
        if (stated.Count == 0)
        {
            return null;
        }
        var byGroup = stated.Where(f => f.Group is not null).GroupBy(f => f.Group).Select(g => g.First()).ToList();
        if (byGroup.Count < 2)
        {
            return stated[0];
        }
        var sum = byGroup.Sum(f => f.Count);
        var quote = string.Join(" + ", byGroup.Select(f => f.Evidence.Quote));
        context.AddIssue("staff_summed", $"{measure} stated per staff category ({quote}); the unit's figure {sum} is their sum.", byGroup[0].Evidence);
        return new StaffFigure(measure, sum, null, new Evidence(byGroup[0].Evidence.Offset, quote));
    }
}
