-- Fiscal years that have current reports, newest first. On fact_report itself: every page's filter bar runs this,
-- and the unit and region joins of v_report add nothing to it.
SELECT DISTINCT fiscal_year AS FiscalYear FROM fact_report
WHERE fiscal_year IS NOT NULL AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
ORDER BY FiscalYear DESC;
