-- Current reports of the batch's units, with the key a newer document supersedes them by (unit, year, kind, project).
-- One query per batch: the writer matches keys in memory instead of scanning fact_report once per document.
-- fact_report holds only current reports (a superseded document's facts are deleted).
SELECT document_id AS DocumentId, unit_key AS UnitKey, fiscal_year AS FiscalYear, kind AS Kind, project_name AS ProjectName
FROM fact_report
WHERE unit_key IN $unitKeys;
