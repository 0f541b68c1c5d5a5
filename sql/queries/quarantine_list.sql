-- Files whose latest attempt ended in quarantine, with the reason.
SELECT
    j.load_id AS LoadId, j.file_path AS FilePath, j.document_id AS DocumentId, j.reason AS Reason,
    j.parser_version AS ParserVersion, j.started_at AS StartedAt, j.size_bytes AS SizeBytes
FROM load_journal j
WHERE j.status = 'quarantined'
  AND ($scope::VARCHAR = '*' OR EXISTS (
      SELECT 1 FROM fact_report r WHERE r.document_id = j.document_id AND starts_with(r.region_code, $scope::VARCHAR)))
  AND NOT EXISTS (
      SELECT 1 FROM load_journal later
      WHERE later.file_path = j.file_path AND later.status <> 'quarantined'
        AND later.load_id > j.load_id)
QUALIFY row_number() OVER (PARTITION BY j.file_path ORDER BY j.started_at DESC, j.load_id DESC) = 1
ORDER BY j.started_at DESC, j.load_id DESC
LIMIT $limit::INTEGER;
