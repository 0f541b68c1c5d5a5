-- The aggregate rows of the documents a write touched ($ids: written, reloaded or superseded), rebuilt from their
-- facts; a document without facts any more (superseded) keeps none. One statement per line group, run in order.
DELETE FROM agg_report WHERE document_id IN $ids;
DELETE FROM agg_spending WHERE document_id IN $ids;
INSERT INTO agg_report BY NAME SELECT * FROM v_agg_report_rows WHERE document_id IN $ids;
INSERT INTO agg_spending BY NAME SELECT * FROM v_agg_spending_rows WHERE document_id IN $ids;
