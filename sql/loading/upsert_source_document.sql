INSERT OR REPLACE INTO source_document
    (document_id, file_name, format, size_bytes, parser_version, extracted_text, is_ocr, is_demo, loaded_at, superseded_by)
VALUES
    ($DocumentId, $FileName, $Format, $SizeBytes, $ParserVersion, $ExtractedText, $IsOcr, $IsDemo, $LoadedAt, NULL);
