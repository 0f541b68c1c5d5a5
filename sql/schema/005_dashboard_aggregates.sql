-- Current reports and their spending lines, pre-joined for the dashboard's overview and comparison questions. At
-- 100,000 reports their time went to joins on 64-character document ids and to the unit and region joins; these
-- tables carry what those questions group and filter by, so they read one table. Kept in step with the facts by
-- DashboardAggregates inside the writer's transaction (sql/aggregates/). Flags stay in fact_flag (checks may add them after a load).
CREATE TABLE agg_report (
    document_id      VARCHAR NOT NULL,
    fiscal_year      INTEGER,
    kind             VARCHAR NOT NULL,
    region_code      VARCHAR,
    district_code    VARCHAR,
    district         VARCHAR,
    unit_key         VARCHAR NOT NULL,
    budget_adjusted  DECIMAL(18,4),
    executed         DECIMAL(18,4),
    rate             DECIMAL(9,4),          -- execution_rate_computed, else the stated rate
    score_reported   DECIMAL(7,2),
    is_demo          BOOLEAN NOT NULL,
    claimed_points   DECIMAL(18,2),         -- points claimed on the non-execution indicators (weight > 0), for 自评预警
    claimed_weight   DECIMAL(18,2)          -- their weights
);

-- Spending of each current report summed per category (lines without an amount left out).
CREATE TABLE agg_spending (
    document_id  VARCHAR NOT NULL,
    fiscal_year  INTEGER,
    kind         VARCHAR NOT NULL,
    region_code  VARCHAR,
    unit_key     VARCHAR NOT NULL,
    category     VARCHAR NOT NULL,
    amount       DECIMAL(18,4) NOT NULL
);

-- Warehouses loaded before this script: fill from their facts once.
INSERT INTO agg_report
SELECT r.document_id, r.fiscal_year, r.kind, r.region_code, g.district_code, g.district, r.unit_key,
       r.budget_adjusted, r.executed, coalesce(r.execution_rate_computed, r.execution_rate), r.score_reported, d.is_demo,
       c.claimed_points, c.claimed_weight
FROM fact_report r
JOIN source_document d USING (document_id)
LEFT JOIN dim_region g ON g.region_code = r.region_code
LEFT JOIN (
    SELECT document_id, sum(points)::DECIMAL(18,2) AS claimed_points, sum(weight)::DECIMAL(18,2) AS claimed_weight
    FROM fact_indicator
    WHERE NOT is_execution_rate AND weight > 0
    GROUP BY document_id
) c USING (document_id);

INSERT INTO agg_spending
SELECT r.document_id, r.fiscal_year, r.kind, r.region_code, r.unit_key, s.category, sum(s.amount)::DECIMAL(18,4)
FROM fact_report r
JOIN fact_spending s USING (document_id)
WHERE s.amount IS NOT NULL
GROUP BY ALL;
