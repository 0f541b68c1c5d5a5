-- Current reports with their unit and region: the base of most dashboard questions. fact_report holds only current
-- reports (the writer deletes a superseded document's facts), so no join to source_document is needed to filter:
-- that join on 64-character document ids was half of an overview query's time at 100,000 reports.
CREATE OR REPLACE VIEW v_report AS
SELECT
    r.*,
    u.unit_name,
    u.unit_type,
    g.province,
    g.city,
    g.district,
    g.street,
    g.province_code,
    g.city_code,
    g.district_code
FROM fact_report r
JOIN dim_unit u USING (unit_key)
LEFT JOIN dim_region g ON g.region_code = r.region_code;
