-- Every extracted figure of one document with its evidence offset and quote: report fields, indicator rows,
-- spending lines and flags. Offsets index the extracted text. Nothing when the document is outside the scope.
WITH visible AS (
    SELECT d.document_id
    FROM source_document d LEFT JOIN fact_report r USING (document_id)
    WHERE d.document_id = $documentId::VARCHAR
      AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR))
)
SELECT 'field' AS Source, field AS Label, "offset" AS "Offset", quote AS Quote
FROM fact_evidence JOIN visible USING (document_id)
UNION ALL
SELECT 'indicator', name, evidence_offset, evidence_quote
FROM fact_indicator JOIN visible USING (document_id) WHERE evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
UNION ALL
SELECT 'spending', name, evidence_offset, evidence_quote
FROM fact_spending JOIN visible USING (document_id) WHERE evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
UNION ALL
SELECT 'flag', message, evidence_offset, evidence_quote
FROM fact_flag JOIN visible USING (document_id) WHERE evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
ORDER BY "Offset", Source;
