-- Current reports (not superseded) with their unit, region and source: the base of most dashboard questions.
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
    g.district_code,
    d.file_name,
    d.format,
    d.is_demo,
    d.loaded_at
FROM fact_report r
JOIN dim_unit u USING (unit_key)
JOIN source_document d USING (document_id)
LEFT JOIN dim_region g ON g.region_code = r.region_code
WHERE d.superseded_by IS NULL;
