using System.Runtime.CompilerServices;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// What the money rules read from one document, computed once and shared by them: the narrative amounts and the
/// budget and spending tables. Held beside the document (not in the rules), so rules stay stateless and thread-safe.
/// </summary>
internal sealed class MoneyFacts
{
    private static readonly ConditionalWeakTable<ReportText, MoneyFacts> Cache = [];

    private readonly Lazy<CompactText> compact;
    private readonly Lazy<IReadOnlyList<NarrativeAmount>> narrative;
    private readonly Lazy<BudgetTableReader.Result> budgetTables;
    private readonly Lazy<SpendingTableReader.Result> spendingTables;

    private MoneyFacts(ReportText text, int? fiscalYear)
    {
        Tables = TableSpans.Of(text);
        compact = new(() => CompactText.Of(text.Text));
        narrative = new(() => NarrativeAmountScanner.Scan(Compact, Tables, fiscalYear));
        budgetTables = new(() => BudgetTableReader.Read(text));
        spendingTables = new(() => SpendingTableReader.Read(text, SpendingCategories.Default));
    }

    public CompactText Compact => compact.Value;

    public IReadOnlyList<NarrativeAmount> Narrative => narrative.Value;

    public BudgetTableReader.Result BudgetTables => budgetTables.Value;

    /// <summary>Spending tables categorised with the default taxonomy.</summary>
    public SpendingTableReader.Result SpendingTables => spendingTables.Value;

    public TableSpans Tables { get; }

    /// <param name="fiscalYear">The year the report is about, when already extracted; fixed at the first call per document.</param>
    public static MoneyFacts Of(ReportText text, int? fiscalYear) => Cache.GetValue(text, t => new MoneyFacts(t, fiscalYear));
}
