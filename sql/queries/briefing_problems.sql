-- The problems sections (存在的问题) of $year's reports, one row per report that has one, under the region and kind filter.
SELECT
    document_id  AS DocumentId,
    unit_name    AS UnitName,
    problems     AS Problems
FROM v_report
WHERE fiscal_year = $year::INTEGER
  AND nullif(trim(problems), '') IS NOT NULL
  AND ($region::VARCHAR IS NULL OR starts_with(region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR kind = $kind::VARCHAR)
ORDER BY unit_name, document_id;
