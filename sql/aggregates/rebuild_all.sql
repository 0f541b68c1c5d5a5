-- Every aggregate row rebuilt from the facts: for writes that bypass the writer (the benchmark's replication).
DELETE FROM agg_report;
DELETE FROM agg_spending;
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
) c USING (document_id)
ORDER BY r.fiscal_year, r.region_code;
INSERT INTO agg_spending
SELECT r.document_id, r.fiscal_year, r.kind, r.region_code, r.unit_key, s.category, sum(s.amount)::DECIMAL(18,4)
FROM fact_report r
JOIN fact_spending s USING (document_id)
WHERE s.amount IS NOT NULL
GROUP BY ALL
ORDER BY r.fiscal_year, r.region_code;
