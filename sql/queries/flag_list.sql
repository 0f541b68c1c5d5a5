-- Flags of current reports, filtered by rule, severity, year, region and kind; one page, with the total count.
-- On agg_report (district and demo mark pre-joined) with the unit names: no join to source_document.
SELECT
    f.document_id AS DocumentId, f.flag_no AS FlagNo, r.unit_key AS UnitKey, u.unit_name AS UnitName,
    r.fiscal_year AS FiscalYear, r.district AS District, f.rule AS Rule, f.severity AS Severity,
    f.message AS Message, f.evidence_quote AS EvidenceQuote, r.is_demo AS IsDemo,
    (count(*) OVER ())::INTEGER AS Total
FROM agg_report r JOIN dim_unit u USING (unit_key) JOIN fact_flag f USING (document_id)
WHERE ($year::INTEGER IS NULL OR r.fiscal_year = $year::INTEGER)
  AND ($region::VARCHAR IS NULL OR starts_with(r.region_code, $region::VARCHAR))
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
  AND ($kind::VARCHAR IS NULL OR r.kind = $kind::VARCHAR)
  AND ($rule::VARCHAR IS NULL OR f.rule = $rule::VARCHAR)
  AND ($severity::VARCHAR IS NULL OR f.severity = $severity::VARCHAR)
ORDER BY
    CASE WHEN $sort::VARCHAR = 'unit' THEN u.unit_name END,
    CASE WHEN $sort::VARCHAR = 'year' THEN r.fiscal_year END DESC,
    CASE WHEN $sort::VARCHAR = 'rule' THEN f.rule END,
    CASE f.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
    r.fiscal_year DESC, u.unit_name, f.document_id, f.flag_no
LIMIT $pageSize::INTEGER OFFSET $offset::INTEGER;
