-- One statement per fact table; run in order, each with $id, inside the load's transaction.
DELETE FROM fact_report WHERE document_id = $id;
DELETE FROM fact_indicator WHERE document_id = $id;
DELETE FROM fact_spending WHERE document_id = $id;
DELETE FROM fact_flag WHERE document_id = $id;
DELETE FROM fact_evidence WHERE document_id = $id;
