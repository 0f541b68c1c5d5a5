-- One unit's flags with their evidence.
SELECT
    r.fiscal_year AS FiscalYear, f.document_id AS DocumentId, f.flag_no AS FlagNo, f.rule AS Rule,
    f.severity AS Severity, f.message AS Message, f.evidence_offset AS EvidenceOffset, f.evidence_quote AS EvidenceQuote
FROM v_report r JOIN fact_flag f USING (document_id)
WHERE r.unit_key = $unitKey::VARCHAR AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
ORDER BY FiscalYear DESC NULLS LAST, CASE f.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, FlagNo;
