-- Every extracted figure of one document with its evidence offset and quote: report fields, indicator rows,
-- spending lines and flags. Offsets index the extracted text.
SELECT 'field' AS Source, field AS Label, "offset" AS "Offset", quote AS Quote
FROM fact_evidence WHERE document_id = $documentId::VARCHAR
UNION ALL
SELECT 'indicator', name, evidence_offset, evidence_quote
FROM fact_indicator WHERE document_id = $documentId::VARCHAR AND evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
UNION ALL
SELECT 'spending', name, evidence_offset, evidence_quote
FROM fact_spending WHERE document_id = $documentId::VARCHAR AND evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
UNION ALL
SELECT 'flag', message, evidence_offset, evidence_quote
FROM fact_flag WHERE document_id = $documentId::VARCHAR AND evidence_offset IS NOT NULL AND evidence_quote IS NOT NULL
ORDER BY "Offset", Source;
