-- Current reports sharing a supersede key (unit, year, kind, project) with one of the batch's documents, the batch's own
-- included. $keys is a JSON array of {unit, year, kind, project}: one query per batch that returns only candidates, where
-- asking for the batch's units returned every current report once a few hundred units were loaded.
-- fact_report holds only current reports (a superseded document's facts are deleted).
SELECT r.document_id AS DocumentId, r.unit_key AS UnitKey, r.fiscal_year AS FiscalYear, r.kind AS Kind, r.project_name AS ProjectName
FROM fact_report r
JOIN (
    SELECT DISTINCT unit, year, kind, project
    FROM (SELECT unnest(from_json($keys, '[{"unit":"VARCHAR","year":"INTEGER","kind":"VARCHAR","project":"VARCHAR"}]'), recursive := true))
) k ON r.unit_key = k.unit AND r.kind = k.kind
   AND r.fiscal_year IS NOT DISTINCT FROM k.year AND r.project_name IS NOT DISTINCT FROM k.project;
