-- The 自评预警 measure per report: with S the points claimed on non-execution indicators, Smax their weights and
-- E the execution rate, gap = (S/Smax − E) / (S/Smax). Ranked by gap; red above 5%.
-- On agg_report, which carries S and Smax per report (summing fact_indicator per document id was most of this
-- query's time); names joined to the reports above 5%, the flag looked up for the ranked page only.
WITH gaps AS (
    SELECT
        document_id, unit_key, fiscal_year, rate,
        claimed_points / claimed_weight AS share,
        (claimed_points / claimed_weight - rate / 100.0) / (claimed_points / claimed_weight) AS gap
    FROM agg_report
    WHERE claimed_points > 0
      AND rate IS NOT NULL
      AND ($year::INTEGER IS NULL OR fiscal_year = $year::INTEGER)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
),
ranked AS (
    SELECT g.*, u.unit_name
    FROM gaps g JOIN dim_unit u USING (unit_key)
    WHERE g.gap > 0.05
    ORDER BY g.gap DESC, u.unit_name
    LIMIT $limit::INTEGER
)
SELECT
    r.document_id AS DocumentId, r.unit_key AS UnitKey, r.unit_name AS UnitName, r.fiscal_year AS FiscalYear,
    r.rate::DOUBLE AS Rate,
    (100.0 * r.share)::DOUBLE AS ClaimedShare,
    (100.0 * r.gap)::DOUBLE AS Gap,
    EXISTS (SELECT 1 FROM fact_flag f WHERE f.document_id = r.document_id AND f.rule = 'score_outruns_spending') AS Flagged
FROM ranked r
ORDER BY Gap DESC, UnitName;
