INSERT INTO load_journal (file_path, document_id, status, reason, parser_version, started_at, duration_ms, size_bytes)
VALUES ($FilePath, $DocumentId, $Status, $Reason, $ParserVersion, $StartedAt, $DurationMs, $SizeBytes);
