-- The units and district-years a peer pass recomputes (temp tables, this connection only): those of the current
-- reports loaded since the last pass ($since < load_id <= $until), or all of them when $all. A document superseded
-- meanwhile had its successor's unit, year and district, so the successor's entry covers it. Run in order.
CREATE OR REPLACE TEMP TABLE peer_scope_changed AS
SELECT DISTINCT r.unit_key, r.district_code, r.fiscal_year
FROM v_report r
WHERE $all
   OR r.document_id IN (
       SELECT document_id FROM load_journal
       WHERE load_id > $since AND load_id <= $until AND status IN ('loaded', 'reloaded'));
CREATE OR REPLACE TEMP TABLE peer_scope_units AS
SELECT DISTINCT unit_key FROM peer_scope_changed;
-- Distinct, so joining reports to it never multiplies them.
CREATE OR REPLACE TEMP TABLE peer_scope_groups AS
SELECT DISTINCT district_code, fiscal_year FROM peer_scope_changed
WHERE district_code IS NOT NULL AND fiscal_year IS NOT NULL;
