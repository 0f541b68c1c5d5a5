-- Every current report of one unit, by year: the figures of its multi-year trends and links to its sources.
SELECT
    document_id AS DocumentId, fiscal_year AS FiscalYear, kind AS Kind, project_name AS ProjectName,
    budget_initial AS BudgetInitial, budget_adjusted AS Budget, executed AS Executed,
    coalesce(execution_rate_computed, execution_rate)::DOUBLE AS Rate,
    score_reported::DOUBLE AS ScoreReported, score_recomputed::DOUBLE AS ScoreRecomputed,
    grade AS Grade, file_name AS FileName, is_demo AS IsDemo
FROM v_report_source
WHERE unit_key = $unitKey::VARCHAR AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
ORDER BY FiscalYear NULLS LAST, Kind, DocumentId;
