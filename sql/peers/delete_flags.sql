-- Removes the peer flags a pass replaces, each rule within its scope (all of them when $all); run in order.
DELETE FROM fact_flag
WHERE rule IN $districtYearRules
  AND ($all OR document_id IN (
      SELECT r.document_id FROM v_report r
      JOIN peer_scope_groups g ON g.district_code = r.district_code AND g.fiscal_year = r.fiscal_year));
DELETE FROM fact_flag
WHERE rule IN $unitRules
  AND ($all OR document_id IN (SELECT document_id FROM fact_report WHERE unit_key IN (SELECT unit_key FROM peer_scope_units)));
