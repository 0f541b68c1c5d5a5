-- One document (current or superseded) with its report row when it has one, and its extracted text.
SELECT
    d.document_id AS DocumentId, d.file_name AS FileName, d.format AS Format, d.size_bytes AS SizeBytes,
    d.parser_version AS ParserVersion, d.extracted_text AS ExtractedText, d.is_ocr AS IsOcr, d.is_demo AS IsDemo,
    d.loaded_at AS LoadedAt, d.superseded_by AS SupersededBy,
    r.unit_key AS UnitKey, u.unit_name AS UnitName, r.fiscal_year AS FiscalYear, r.kind AS Kind,
    r.project_name AS ProjectName, r.evaluator AS Evaluator, r.region_candidates AS RegionCandidates,
    r.budget_initial AS BudgetInitial, r.budget_adjusted AS Budget, r.executed AS Executed,
    coalesce(r.execution_rate_computed, r.execution_rate)::DOUBLE AS Rate,
    r.score_reported::DOUBLE AS ScoreReported, r.score_recomputed::DOUBLE AS ScoreRecomputed, r.grade AS Grade
FROM source_document d
LEFT JOIN fact_report r USING (document_id)
LEFT JOIN dim_unit u ON u.unit_key = r.unit_key
WHERE d.document_id = $documentId::VARCHAR
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR));
