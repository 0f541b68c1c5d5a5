-- Current reports with their source document's file name, format, demo mark and load time, for lists and details.
CREATE OR REPLACE VIEW v_report_source AS
SELECT
    r.*,
    d.file_name,
    d.format,
    d.is_demo,
    d.loaded_at
FROM v_report r
JOIN source_document d USING (document_id);
