-- The documents each current report of a unit in scope superseded, directly or down the chain (Depth 1 = the one it
-- replaced), with their file name and figures hash (null when loaded before figures were recorded). The depth
-- bound guards against a cycle, which the writer never makes.
WITH RECURSIVE chain(current_id, document_id, depth) AS (
    SELECT d.superseded_by, d.document_id, 1
    FROM source_document d
    WHERE d.superseded_by IN (SELECT document_id FROM fact_report WHERE unit_key IN (SELECT unit_key FROM peer_scope_units))
    UNION ALL
    SELECT c.current_id, d.document_id, c.depth + 1
    FROM chain c JOIN source_document d ON d.superseded_by = c.document_id
    WHERE c.depth < 100
)
SELECT c.current_id AS CurrentId, c.document_id AS DocumentId, c.depth AS Depth, d.file_name AS FileName, f.figures_hash AS FiguresHash
FROM chain c
JOIN source_document d ON d.document_id = c.document_id
LEFT JOIN document_figures f ON f.document_id = c.document_id;
