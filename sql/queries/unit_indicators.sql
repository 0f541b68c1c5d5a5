-- The scoring-table rows of one unit's current reports, by year and row.
SELECT
    r.fiscal_year AS FiscalYear, i.document_id AS DocumentId, i.row_no AS RowNo,
    i.level1 AS Level1, i.level2 AS Level2, i.name AS Name, i.target AS Target, i.actual AS Actual,
    i.weight::DOUBLE AS Weight, i.points::DOUBLE AS Points, i.deviation AS Deviation
FROM v_report r JOIN fact_indicator i USING (document_id)
WHERE r.unit_key = $unitKey::VARCHAR AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
ORDER BY FiscalYear DESC NULLS LAST, DocumentId, RowNo;
