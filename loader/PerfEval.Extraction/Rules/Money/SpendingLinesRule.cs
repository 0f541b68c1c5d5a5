using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Sets Spending: line items from a project table when the report has one, else from lists in the text; each
/// categorised by the taxonomy in categories.json. A name listed twice keeps its first statement.
/// </summary>
public sealed class SpendingLinesRule(SpendingCategories categories) : IExtractionRule
{
    public SpendingLinesRule()
        : this(SpendingCategories.Default)
    {
    }

    public void Apply(ExtractionContext context)
    {
        var facts = MoneyFacts.Of(context.Text, context.Report.FiscalYear);
        var table = ReferenceEquals(categories, SpendingCategories.Default) ? facts.SpendingTables : SpendingTableReader.Read(context.Text, categories);
        foreach (var where in table.MissingUnits)
        {
            context.AddIssue("spending_unit_missing", "A spending line's amount has no unit stated for its cell, column or table; left null.", where);
        }
        var lines = table.Lines.Count > 0
            ? table.Lines
            : NarrativeSpendingLists.Read(context.Text.Text, facts.Narrative, categories);
        var distinct = new List<SpendingLine>();
        foreach (var line in lines)
        {
            var earlier = distinct.Find(l => l.Name == line.Name);
            if (earlier is null)
            {
                distinct.Add(line);
            }
            else if (earlier.Amount != line.Amount)
            {
                context.AddIssue("spending_line_repeated", $"{line.Name} is listed again with another amount ({line.Amount} vs {earlier.Amount} 万元); the first is kept.", line.Evidence);
            }
        }
        if (distinct.Count == 0)
        {
            return;
        }
        context.Report = context.Report with { Spending = distinct };
        var first = distinct[0].Evidence!;
        context.SetEvidence("spending", first.Offset, first.Quote);
    }
}
