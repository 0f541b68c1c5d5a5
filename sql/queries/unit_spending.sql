-- One unit's spending per year and category.
SELECT r.fiscal_year AS FiscalYear, s.category AS Category, sum(s.amount)::DECIMAL(18,4) AS Amount
FROM v_report r JOIN fact_spending s USING (document_id)
WHERE r.unit_key = $unitKey::VARCHAR AND s.amount IS NOT NULL
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
GROUP BY r.fiscal_year, s.category
ORDER BY FiscalYear NULLS LAST, Category;
