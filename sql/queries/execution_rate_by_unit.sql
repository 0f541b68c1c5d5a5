-- Budget-weighted execution rate per unit for one year, lowest first (the units an analyst looks at).
SELECT
    unit_key                                                   AS UnitKey,
    any_value(unit_name)                                       AS UnitName,
    any_value(district)                                        AS District,
    sum(budget_adjusted)::DECIMAL(18,4)                        AS Budget,
    sum(executed)::DECIMAL(18,4)                               AS Executed,
    (100.0 * sum(executed) / nullif(sum(budget_adjusted), 0))::DOUBLE AS Rate
FROM v_report
WHERE fiscal_year = $year::INTEGER
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
  AND budget_adjusted > 0 AND executed IS NOT NULL
GROUP BY unit_key
ORDER BY Rate, UnitName
LIMIT $limit::INTEGER;
