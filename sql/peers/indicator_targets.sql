-- "indicator=target" of each current report of a unit in scope, in row order, joined by char 31 (unit separator).
-- The 预算执行率 row is left out: its target is 100% in every report, so it would make any two years look alike.
SELECT i.document_id AS DocumentId, string_agg(i.name || '=' || i.target, chr(31) ORDER BY i.row_no) AS Targets
FROM fact_indicator i
JOIN fact_report r USING (document_id)
WHERE NOT i.is_execution_rate
  AND nullif(trim(i.target), '') IS NOT NULL
  AND r.unit_key IN (SELECT unit_key FROM peer_scope_units)
GROUP BY i.document_id;
