-- Current reports of the same unit, year, kind and project as a newly loaded document.
SELECT r.document_id
FROM fact_report r
JOIN source_document d USING (document_id)
WHERE r.unit_key = $unitKey
  AND r.fiscal_year IS NOT DISTINCT FROM $year
  AND r.kind = $kind
  AND r.project_name IS NOT DISTINCT FROM $projectName
  AND r.document_id <> $id
  AND d.superseded_by IS NULL;
