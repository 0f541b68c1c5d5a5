-- The current reports a peer pass reads (fact_report holds only current ones): every report of a unit in scope, for
-- the unit rules (all its years and kinds), and of a district-year in scope, for score_peer_outlier. Score is the
-- stated one; execution the stated rate, else executed ÷ budget. The file name names the report in messages.
WITH scoped AS (
    SELECT
        r.*,
        r.unit_key IN (SELECT unit_key FROM peer_scope_units) AS in_unit_scope,
        g.district_code IS NOT NULL AS in_district_year_scope
    FROM v_report r
    LEFT JOIN peer_scope_groups g ON g.district_code = r.district_code AND g.fiscal_year = r.fiscal_year
)
SELECT
    r.document_id AS DocumentId, r.unit_key AS UnitKey, r.district_code AS DistrictCode, r.fiscal_year AS FiscalYear,
    r.kind AS Kind, r.project_name AS ProjectName, r.score_reported AS Score,
    coalesce(r.execution_rate, r.execution_rate_computed) AS ExecutionRate,
    d.file_name AS FileName, f.figures_hash AS FiguresHash,
    r.in_unit_scope AS InUnitScope, r.in_district_year_scope AS InDistrictYearScope
FROM scoped r
JOIN source_document d USING (document_id)
LEFT JOIN document_figures f USING (document_id)
WHERE r.in_unit_scope OR r.in_district_year_scope;
