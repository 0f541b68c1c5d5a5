-- Load attempts, newest first, optionally one status; one page with the total count.
SELECT
    j.load_id AS LoadId, j.file_path AS FilePath, j.document_id AS DocumentId, j.status AS Status, j.reason AS Reason,
    j.parser_version AS ParserVersion, j.started_at AS StartedAt, j.duration_ms AS DurationMs, j.size_bytes AS SizeBytes,
    (count(*) OVER ())::INTEGER AS Total
FROM load_journal j
WHERE ($status::VARCHAR IS NULL OR j.status = $status::VARCHAR)
  AND ($scope::VARCHAR = '*' OR EXISTS (
      SELECT 1 FROM fact_report r WHERE r.document_id = j.document_id AND starts_with(r.region_code, $scope::VARCHAR)))
ORDER BY j.started_at DESC, j.load_id DESC
LIMIT $pageSize::INTEGER OFFSET $offset::INTEGER;
