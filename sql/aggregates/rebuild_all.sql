-- Every aggregate row rebuilt from the facts: for writes that bypass the writer (the benchmark's replication).
-- Ordered by year and region, what the dashboard filters by.
DELETE FROM agg_report;
DELETE FROM agg_spending;
INSERT INTO agg_report BY NAME SELECT * FROM v_agg_report_rows ORDER BY fiscal_year, region_code;
INSERT INTO agg_spending BY NAME SELECT * FROM v_agg_spending_rows ORDER BY fiscal_year, region_code;
