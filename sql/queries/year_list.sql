-- Fiscal years that have current reports, newest first.
SELECT DISTINCT fiscal_year AS FiscalYear FROM v_report
WHERE fiscal_year IS NOT NULL AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
ORDER BY FiscalYear DESC;
