namespace PerfEval.Extraction.Parsing;

/// <summary>Registers extraction rules in an explicit order; later rules may use earlier results.</summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractionRule> rules = [];

    public ExtractionPipelineBuilder Add(IExtractionRule rule)
    {
        rules.Add(rule);
        return this;
    }

    public ExtractionPipelineBuilder UseDefaultRules()
    {
        // Identity first (unit, year, kind, region), then figures, then the scoring table.
        Add(new Rules.Identity.UnitNameRule());
        Add(new Rules.Identity.UnitTypeRule());
        Add(new Rules.Identity.FiscalYearRule());
        Add(new Rules.Identity.ReportKindRule());
        Add(new Rules.Identity.ProjectNameRule());
        Add(new Rules.Identity.EvaluatorRule());
        Add(new Rules.Identity.RegionRule());
        Add(new Rules.Sections.ProblemsSectionRule());
        Add(new Rules.Sections.ImprovementsSectionRule());
        Add(new Rules.Money.AmountStatementsRule());
        Add(new Rules.Money.BudgetInitialRule());
        Add(new Rules.Money.BudgetAdjustedRule());
        Add(new Rules.Money.ExecutedRule());
        Add(new Rules.Money.ExecutionRateRule());
        Add(new Rules.Money.ExecutionRateComputedRule());
        Add(new Rules.Money.SpendingSplitRule());
        Add(new Rules.Money.FundingSourcesRule());
        Add(new Rules.Money.SpendingLinesRule());
        Add(new Rules.Money.StaffRule());
        Add(new Rules.Scoring.ScoringTableIndicatorsRule());
        Add(new Rules.Scoring.NarrativeIndicatorsRule());
        Add(new Rules.Scoring.ReportedScoreRule());
        Add(new Rules.Scoring.GradeRule());
        Add(new Rules.Limits.StorableRangeRule());
        return this;
    }

    public ReportExtractor Build() => new([.. rules]);
}
