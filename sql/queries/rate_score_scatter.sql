-- One point per report with both an execution rate and a reported score, for the rate-vs-score scatter.
SELECT
    document_id                                                AS DocumentId,
    unit_key                                                   AS UnitKey,
    unit_name                                                  AS UnitName,
    fiscal_year                                                AS FiscalYear,
    coalesce(execution_rate_computed, execution_rate)::DOUBLE  AS Rate,
    score_reported::DOUBLE                                     AS Score
FROM v_report
WHERE fiscal_year = $year::INTEGER
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
  AND coalesce(execution_rate_computed, execution_rate) IS NOT NULL
  AND score_reported IS NOT NULL
ORDER BY Score DESC, Rate
LIMIT $limit::INTEGER;
