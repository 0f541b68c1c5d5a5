-- One point per report with both an execution rate and a reported score, for the rate-vs-score scatter.
-- The points are chosen on agg_report; unit names are joined to those points only. Ordered by the stored decimals
-- (the same order as the doubles returned) and without the 64-character document id, which no chart uses.
WITH points AS (
    SELECT unit_no, fiscal_year, rate, score_reported
    FROM agg_report
    WHERE fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
      AND rate IS NOT NULL
      AND score_reported IS NOT NULL
    ORDER BY score_reported DESC, rate
    LIMIT $limit::INTEGER
)
SELECT
    u.unit_key                    AS UnitKey,
    u.unit_name                   AS UnitName,
    p.fiscal_year                 AS FiscalYear,
    p.rate::DOUBLE                AS Rate,
    p.score_reported::DOUBLE      AS Score
FROM points p JOIN dim_unit u USING (unit_no)
ORDER BY p.score_reported DESC, p.rate;
