-- One statement per fact table; run in order, each with $ids (a JSON array of document ids), inside the batch's transaction.
-- The fact tables are scanned once per batch: a statement per document makes a load quadratic.
DELETE FROM fact_report WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
DELETE FROM fact_indicator WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
DELETE FROM fact_spending WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
DELETE FROM fact_flag WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
DELETE FROM fact_evidence WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
