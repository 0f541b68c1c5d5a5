-- Spending per category and year (every year), under the region and kind filter; shares are computed per year.
-- On fact_report: no unit or region names are needed here.
SELECT
    r.fiscal_year                 AS FiscalYear,
    s.category                    AS Category,
    sum(s.amount)::DECIMAL(18,4)  AS Amount,
    (100.0 * sum(s.amount) / nullif(sum(sum(s.amount)) OVER (PARTITION BY r.fiscal_year), 0))::DOUBLE AS Share
FROM fact_report r JOIN fact_spending s USING (document_id)
WHERE r.fiscal_year IS NOT NULL
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
  AND s.amount IS NOT NULL
GROUP BY r.fiscal_year, s.category
ORDER BY FiscalYear, Category;
