-- The 自评预警 measure per report: with S the points claimed on non-execution indicators, Smax their weights and
-- E the execution rate, gap = (S/Smax − E) / (S/Smax). Ranked by gap; red above 5%.
WITH claimed AS (
    SELECT document_id, sum(points) AS s, sum(weight) AS smax
    FROM fact_indicator
    WHERE NOT is_execution_rate AND weight > 0
    GROUP BY document_id
)
SELECT
    r.document_id AS DocumentId, r.unit_key AS UnitKey, r.unit_name AS UnitName, r.fiscal_year AS FiscalYear,
    coalesce(r.execution_rate_computed, r.execution_rate)::DOUBLE AS Rate,
    (100.0 * c.s / c.smax)::DOUBLE AS ClaimedShare,
    (100.0 * (c.s / c.smax - coalesce(r.execution_rate_computed, r.execution_rate) / 100.0) / (c.s / c.smax))::DOUBLE AS Gap,
    EXISTS (SELECT 1 FROM fact_flag f WHERE f.document_id = r.document_id AND f.rule = 'score_outruns_spending') AS Flagged
FROM v_report r JOIN claimed c USING (document_id)
WHERE c.s > 0
  AND coalesce(r.execution_rate_computed, r.execution_rate) IS NOT NULL
  AND ($year::INTEGER IS NULL OR r.fiscal_year = $year::INTEGER)
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
  AND (c.s / c.smax - coalesce(r.execution_rate_computed, r.execution_rate) / 100.0) / (c.s / c.smax) > 0.05
ORDER BY Gap DESC, UnitName
LIMIT $limit::INTEGER;
