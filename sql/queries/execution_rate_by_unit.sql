-- Budget-weighted execution rate per unit for one year, lowest first (the units an analyst looks at).
-- Summed on agg_report first, by the integer unit_no; the unit names are joined to the per-unit sums, not to
-- every report.
WITH units AS (
    SELECT
        unit_no,
        any_value(district)          AS district,
        sum(budget_adjusted)         AS budget,
        sum(executed)                AS executed
    FROM agg_report
    WHERE fiscal_year = $year::INTEGER
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
      AND budget_adjusted > 0 AND executed IS NOT NULL
    GROUP BY unit_no
)
SELECT
    u.unit_key                                                 AS UnitKey,
    u.unit_name                                                AS UnitName,
    s.district                                                 AS District,
    s.budget::DECIMAL(18,4)                                    AS Budget,
    s.executed::DECIMAL(18,4)                                  AS Executed,
    (100.0 * s.executed / nullif(s.budget, 0))::DOUBLE         AS Rate
FROM units s JOIN dim_unit u USING (unit_no)
ORDER BY Rate, UnitName
LIMIT $limit::INTEGER;
