-- The warehouse at a glance for `perfeval status`: documents by state and the journal by outcome.
SELECT 'documents (current)' AS Item, count(*) AS Count FROM source_document WHERE superseded_by IS NULL
UNION ALL SELECT 'documents (superseded)', count(*) FROM source_document WHERE superseded_by IS NOT NULL
UNION ALL SELECT 'reports with facts', count(*) FROM fact_report
UNION ALL SELECT 'flags', count(*) FROM fact_flag
UNION ALL SELECT 'journal: ' || status, count(*) FROM load_journal GROUP BY status
ORDER BY Item;
