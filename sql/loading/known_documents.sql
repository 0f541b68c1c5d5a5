-- What the loader already holds, so a scan skips files it has seen: loaded documents and quarantined ones,
-- each with the parser version that handled it last.
SELECT document_id AS DocumentId, parser_version AS ParserVersion, 'loaded' AS Status
FROM source_document
UNION ALL
SELECT document_id, max(parser_version), 'quarantined'
FROM load_journal
WHERE status = 'quarantined' AND document_id IS NOT NULL
  AND document_id NOT IN (SELECT document_id FROM source_document)
GROUP BY document_id;
