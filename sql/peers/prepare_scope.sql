-- The units and district-years a peer pass recomputes (temp table peer_scope, this connection only): those of the
-- current reports loaded since the last pass ($since < load_id <= $until), or all of them when $all. A document
-- superseded meanwhile had its successor's unit, year and district, so the successor's entry covers it.
CREATE OR REPLACE TEMP TABLE peer_scope AS
SELECT DISTINCT r.unit_key, r.district_code, r.fiscal_year
FROM v_report r
WHERE $all
   OR r.document_id IN (
       SELECT document_id FROM load_journal
       WHERE load_id > $since AND load_id <= $until AND status IN ('loaded', 'reloaded'));
