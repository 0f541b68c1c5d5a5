-- Reports of $year that the checks flagged low_execution, with their figures and the flag's evidence quote,
-- lowest rate first, under the region and kind filter.
SELECT
    r.document_id                                                                         AS DocumentId,
    r.unit_name                                                                           AS UnitName,
    r.project_name                                                                        AS ProjectName,
    r.budget_adjusted::DECIMAL(18,4)                                                      AS Budget,
    r.executed::DECIMAL(18,4)                                                             AS Executed,
    coalesce(r.execution_rate, r.execution_rate_computed,
             100.0 * r.executed / nullif(r.budget_adjusted, 0))::DECIMAL(9,4)             AS Rate,
    r.score_reported::DECIMAL(7,2)                                                        AS ScoreReported,
    f.evidence_quote                                                                      AS Evidence
FROM v_report r JOIN fact_flag f USING (document_id)
WHERE f.rule = 'low_execution'
  AND r.fiscal_year = $year::INTEGER
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
ORDER BY Rate NULLS LAST, UnitName, DocumentId;
