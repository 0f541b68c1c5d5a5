namespace PerfEval.Extraction.Rules.Money;

/// <summary>Names of the quantities a <see cref="Model.StatedAmount"/> can state (see docs/categories.md).</summary>
public static class Quantities
{
    public const string Executed = "executed";
    public const string BudgetInitial = "budget_initial";
    public const string BudgetAdjusted = "budget_adjusted";
    public const string GeneralBudgetIncome = "general_budget_income";
    public const string GeneralBudgetSpending = "general_budget_spending";
    public const string GovernmentFundIncome = "government_fund_income";
    public const string GovernmentFundSpending = "government_fund_spending";
    public const string BasicSpending = "basic_spending";
    public const string ProjectSpending = "project_spending";

    /// <summary>Basic and project spending stated within general-budget appropriations only (a narrower scope).</summary>
    public const string GeneralBudgetBasicSpending = "general_budget_basic_spending";
    public const string GeneralBudgetProjectSpending = "general_budget_project_spending";

    public const string StaffSpending = "staff_spending";
    public const string PublicSpending = "public_spending";

    /// <summary>A stated total of spending line items (合计 row of a project table).</summary>
    public const string SpendingTotal = "spending_total";

    public const string FundingCurrentYear = "funding_current_year";
    public const string FundingCarryover = "funding_carryover";
    public const string FundingOther = "funding_other";
    public const string FundingNonTax = "funding_non_tax";

    public const string Narrative = "narrative";
    public const string Table = "table";
}
