using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Records every statement of a key quantity, from tables and running text, with the number and unit as written.
/// Later money rules choose field values from these; checks compare them. Nothing is corrected here.
/// </summary>
public sealed class AmountStatementsRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        var text = context.Text.Text;
        var facts = MoneyFacts.Of(context.Text, context.Report.FiscalYear);
        var table = facts.BudgetTables;
        var totals = facts.SpendingTables.Totals;
        var narrative = facts.Narrative
            .Where(a => a.Quantity is not null && !a.Excluded && a.Quantity != Quantities.SpendingTotal)
            .Select(a => new StatedAmount(a.Quantity!, a.Amount.Value, a.Amount.RawNumber, a.Amount.RawUnit, Quantities.Narrative, new Evidence(a.ClauseOffset, a.Quote(text))));
        foreach (var where in table.MissingUnits)
        {
            context.AddIssue("amount_unit_missing", "A budget table figure has no unit stated for its cell, column or table; left unread.", where);
        }
        context.Report = context.Report with
        {
            Statements = [.. context.Report.Statements, .. table.Amounts.Select(a => a.ToStatement()), .. totals.Select(t => t.ToStatement()), .. narrative],
        };
    }
}
