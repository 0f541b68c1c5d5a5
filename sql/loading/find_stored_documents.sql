-- Which of the batch's documents are already stored (a reload, or a file seen before): only those have facts to delete.
-- $ids is a JSON array, so the statement is prepared once whatever the batch's size.
SELECT document_id FROM source_document WHERE document_id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')));
