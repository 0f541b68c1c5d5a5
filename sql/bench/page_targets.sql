-- What the dashboard benchmark opens: the latest year, the district and the unit with the most current reports, a report.
SELECT
    (SELECT max(fiscal_year) FROM v_report) AS year,
    (SELECT district_code FROM v_report WHERE district_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS district,
    (SELECT unit_key FROM v_report GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS unitKey,
    (SELECT document_id FROM v_report ORDER BY fiscal_year DESC, document_id LIMIT 1) AS documentId,
    (SELECT count(*) FROM v_report) AS reports;
