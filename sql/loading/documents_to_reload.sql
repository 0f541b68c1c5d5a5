-- Current documents extracted by another parser version (or all of them when @all), for re-extraction.
SELECT document_id AS DocumentId, file_name AS FileName, format AS Format, size_bytes AS SizeBytes,
       extracted_text AS ExtractedText, is_ocr AS IsOcr, is_demo AS IsDemo
FROM source_document
WHERE superseded_by IS NULL
  AND ($all OR parser_version <> $parserVersion)
ORDER BY loaded_at, document_id;
