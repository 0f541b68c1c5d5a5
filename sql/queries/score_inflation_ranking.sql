-- Reports ranked by score inflation: reported score minus the score recomputed from the scoring rows.
SELECT
    document_id AS DocumentId, unit_key AS UnitKey, unit_name AS UnitName, fiscal_year AS FiscalYear,
    score_reported::DOUBLE AS ScoreReported, score_recomputed::DOUBLE AS ScoreRecomputed,
    score_inflation::DOUBLE AS Inflation
FROM v_report
WHERE score_inflation > 0
  AND ($year::INTEGER IS NULL OR fiscal_year = $year::INTEGER)
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
ORDER BY Inflation DESC, UnitName
LIMIT $limit::INTEGER;
