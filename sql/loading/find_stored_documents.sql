-- Which of the batch's documents are already stored (a reload, or a file seen before): only those have facts to delete.
SELECT document_id FROM source_document WHERE document_id IN $ids;
