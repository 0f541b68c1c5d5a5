-- Current reports whose figures hash is not recorded yet (loaded before peer checks existed, or a crash between a
-- batch's commit and its figures): the pass records them before they can be superseded.
SELECT
    document_id AS DocumentId, budget_initial AS BudgetInitial, budget_adjusted AS BudgetAdjusted, executed AS Executed,
    execution_rate AS ExecutionRate, basic_spending AS BasicSpending, project_spending AS ProjectSpending,
    score_reported AS ScoreReported
FROM fact_report
WHERE document_id NOT IN (SELECT document_id FROM document_figures);
