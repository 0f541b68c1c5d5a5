-- Benchmark only (bench dashboard): multiplies every loaded report into one more unit per row of bench_copies —
-- same region, text and figures, a numbered unit name — so dashboard queries can be timed at 100,000 reports
-- from a few thousand generated and really loaded ones.
INSERT INTO dim_unit (unit_key, unit_name, unit_type, region_code)
SELECT u.unit_key || '~' || c.copy_no, u.unit_name || '（' || c.copy_no || '）', u.unit_type, u.region_code
FROM dim_unit u CROSS JOIN bench_copies c;

INSERT INTO source_document
SELECT d.* REPLACE (
    d.document_id || '~' || c.copy_no AS document_id,
    CASE WHEN d.superseded_by IS NULL THEN NULL ELSE d.superseded_by || '~' || c.copy_no END AS superseded_by)
FROM source_document d CROSS JOIN bench_copies c;

INSERT INTO fact_report
SELECT r.* REPLACE (r.document_id || '~' || c.copy_no AS document_id, r.unit_key || '~' || c.copy_no AS unit_key)
FROM fact_report r CROSS JOIN bench_copies c;

INSERT INTO fact_indicator
SELECT i.* REPLACE (i.document_id || '~' || c.copy_no AS document_id)
FROM fact_indicator i CROSS JOIN bench_copies c;

INSERT INTO fact_spending
SELECT s.* REPLACE (s.document_id || '~' || c.copy_no AS document_id)
FROM fact_spending s CROSS JOIN bench_copies c;

INSERT INTO fact_flag
SELECT f.* REPLACE (f.document_id || '~' || c.copy_no AS document_id)
FROM fact_flag f CROSS JOIN bench_copies c;

INSERT INTO fact_evidence
SELECT e.* REPLACE (e.document_id || '~' || c.copy_no AS document_id)
FROM fact_evidence e CROSS JOIN bench_copies c;

DROP TABLE bench_copies;
CHECKPOINT;
