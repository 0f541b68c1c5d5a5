-- What agg_report and agg_spending hold, defined once as views over the facts: the initial fill below, the full
-- rebuild (sql/aggregates/rebuild_all.sql) and the writer's per-batch refresh (refresh_documents.sql) all select
-- from them. agg_report gains red_flags, each report's count of critical flags, so the overview's KPI no longer
-- joins fact_flag on 64-character document ids; peer checks change flags after a load, so PeerFlagWriter
-- recounts it in the transaction that replaces theirs (sql/aggregates/refresh_red_flags.sql). Units get an
-- integer surrogate, unit_no, carried by both tables: the overview groups and counts units by it (grouping by the
-- VARCHAR unit_key took twice the time).
CREATE SEQUENCE dim_unit_no;
ALTER TABLE dim_unit ADD COLUMN unit_no INTEGER DEFAULT nextval('dim_unit_no');

CREATE VIEW v_agg_report_rows AS
SELECT
    r.document_id, r.fiscal_year, r.kind, r.region_code, g.district_code, g.district, r.unit_key, u.unit_no,
    r.budget_adjusted, r.executed,
    coalesce(r.execution_rate_computed, r.execution_rate) AS rate,
    r.score_reported, d.is_demo, c.claimed_points, c.claimed_weight,
    coalesce(f.red_flags, 0)::INTEGER                     AS red_flags
FROM fact_report r
JOIN source_document d USING (document_id)
JOIN dim_unit u USING (unit_key)
LEFT JOIN dim_region g ON g.region_code = r.region_code
LEFT JOIN (
    SELECT document_id, sum(points)::DECIMAL(18,2) AS claimed_points, sum(weight)::DECIMAL(18,2) AS claimed_weight
    FROM fact_indicator
    WHERE NOT is_execution_rate AND weight > 0
    GROUP BY document_id
) c USING (document_id)
LEFT JOIN (
    SELECT document_id, count(*) AS red_flags FROM fact_flag WHERE severity = 'critical' GROUP BY document_id
) f USING (document_id);

CREATE VIEW v_agg_spending_rows AS
SELECT r.document_id, r.fiscal_year, r.kind, r.region_code, r.unit_key, u.unit_no, s.category, sum(s.amount)::DECIMAL(18,4) AS amount
FROM fact_report r
JOIN dim_unit u USING (unit_key)
JOIN fact_spending s USING (document_id)
WHERE s.amount IS NOT NULL
GROUP BY ALL;

DROP TABLE agg_report;
CREATE TABLE agg_report (
    document_id      VARCHAR NOT NULL,
    fiscal_year      INTEGER,
    kind             VARCHAR NOT NULL,
    region_code      VARCHAR,
    district_code    VARCHAR,
    district         VARCHAR,
    unit_key         VARCHAR NOT NULL,
    unit_no          INTEGER NOT NULL,
    budget_adjusted  DECIMAL(18,4),
    executed         DECIMAL(18,4),
    rate             DECIMAL(9,4),          -- execution_rate_computed, else the stated rate
    score_reported   DECIMAL(7,2),
    is_demo          BOOLEAN NOT NULL,
    claimed_points   DECIMAL(18,2),         -- points claimed on the non-execution indicators (weight > 0), for 自评预警
    claimed_weight   DECIMAL(18,2),         -- their weights
    red_flags        INTEGER NOT NULL       -- critical flags of the report, the document's own and the peer checks'
);
INSERT INTO agg_report BY NAME SELECT * FROM v_agg_report_rows ORDER BY fiscal_year, region_code;

DROP TABLE agg_spending;
CREATE TABLE agg_spending (
    document_id  VARCHAR NOT NULL,
    fiscal_year  INTEGER,
    kind         VARCHAR NOT NULL,
    region_code  VARCHAR,
    unit_key     VARCHAR NOT NULL,
    unit_no      INTEGER NOT NULL,
    category     VARCHAR NOT NULL,
    amount       DECIMAL(18,4) NOT NULL
);
INSERT INTO agg_spending BY NAME SELECT * FROM v_agg_spending_rows ORDER BY fiscal_year, region_code;
