-- Every current report with its key figures and status; filter, search, sort and one page, with the total count.
SELECT
    r.document_id AS DocumentId, r.unit_key AS UnitKey, r.unit_name AS UnitName, r.fiscal_year AS FiscalYear,
    r.kind AS Kind, r.project_name AS ProjectName, r.district AS District,
    r.budget_adjusted AS Budget, r.executed AS Executed,
    coalesce(r.execution_rate_computed, r.execution_rate)::DOUBLE AS Rate,
    r.score_reported::DOUBLE AS Score, r.grade AS Grade,
    (SELECT count(*) FROM fact_flag f WHERE f.document_id = r.document_id)::INTEGER AS Flags,
    r.region_candidates IS NOT NULL AS RegionAmbiguous, r.is_demo AS IsDemo, r.file_name AS FileName,
    r.format AS Format, r.loaded_at AS LoadedAt,
    (count(*) OVER ())::INTEGER AS Total
FROM v_report_source r
WHERE ($year::INTEGER IS NULL OR r.fiscal_year = $year::INTEGER)
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
  AND ($search::VARCHAR IS NULL OR contains(r.unit_name, $search::VARCHAR) OR contains(r.file_name, $search::VARCHAR))
ORDER BY
    CASE WHEN $sort::VARCHAR = 'unit' THEN r.unit_name END,
    CASE WHEN $sort::VARCHAR = 'budget' THEN r.budget_adjusted END DESC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'rate' THEN coalesce(r.execution_rate_computed, r.execution_rate) END ASC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'score' THEN r.score_reported END DESC NULLS LAST,
    CASE WHEN $sort::VARCHAR = 'loaded' THEN r.loaded_at END DESC,
    r.fiscal_year DESC NULLS LAST, r.unit_name, r.document_id
LIMIT $pageSize::INTEGER OFFSET $offset::INTEGER;
