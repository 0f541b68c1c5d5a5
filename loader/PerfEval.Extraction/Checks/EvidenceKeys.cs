namespace PerfEval.Extraction.Checks;

/// <summary>Keys of <see cref="Model.ExtractedReport.Evidence"/>: the JSON names of the fields.</summary>
public static class EvidenceKeys
{
    public const string ScoreReported = "scoreReported";
    public const string Grade = "grade";
    public const string ExecutionRate = "executionRate";
    public const string Executed = "executed";
    public const string BudgetInitial = "budgetInitial";
    public const string BudgetAdjusted = "budgetAdjusted";
    public const string Region = "region";
    public const string UnitName = "unitName";
    public const string FiscalYear = "fiscalYear";
}
