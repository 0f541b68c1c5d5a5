-- Units with reports under the filter, with their latest year's figures; name search and paging.
WITH r AS (
    SELECT * FROM v_report
    WHERE ($year::INTEGER IS NULL OR fiscal_year = $year::INTEGER)
      AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
      AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
      AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
      AND ($search::VARCHAR IS NULL OR contains(unit_name, $search::VARCHAR))
),
u AS (
    SELECT
        unit_key, any_value(unit_name) AS unit_name, any_value(district) AS district, count(*) AS reports,
        max(fiscal_year) AS latest_year, sum(budget_adjusted) AS budget, sum(executed) AS executed,
        100.0 * sum(executed) / nullif(sum(budget_adjusted), 0) AS rate, avg(score_reported) AS score
    FROM r GROUP BY unit_key
)
SELECT
    unit_key AS UnitKey, unit_name AS UnitName, district AS District, reports::INTEGER AS Reports,
    latest_year AS LatestYear, budget::DECIMAL(18,4) AS Budget, executed::DECIMAL(18,4) AS Executed,
    rate::DOUBLE AS Rate, score::DOUBLE AS Score, (count(*) OVER ())::INTEGER AS Total
FROM u
ORDER BY
    CASE WHEN $sort::VARCHAR = 'rate' THEN rate END ASC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'rate_desc' THEN rate END DESC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'budget' THEN budget END DESC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'score' THEN score END DESC NULLS LAST,
    unit_name, unit_key
LIMIT $pageSize::INTEGER OFFSET $offset::INTEGER;
