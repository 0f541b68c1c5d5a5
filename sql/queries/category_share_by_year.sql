-- Spending per category and year (every year), under the region and kind filter; shares are computed per year.
-- On agg_spending: spending per report and category, pre-joined with the report's year, region and kind.
SELECT
    fiscal_year                 AS FiscalYear,
    category                    AS Category,
    sum(amount)::DECIMAL(18,4)  AS Amount,
    (100.0 * sum(amount) / nullif(sum(sum(amount)) OVER (PARTITION BY fiscal_year), 0))::DOUBLE AS Share
FROM agg_spending
WHERE fiscal_year IS NOT NULL
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
GROUP BY fiscal_year, category
ORDER BY FiscalYear, Category;
