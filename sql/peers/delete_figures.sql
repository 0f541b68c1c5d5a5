-- Figures about to be recorded again (a reload may extract other figures from the same file).
DELETE FROM document_figures WHERE document_id IN $ids;
