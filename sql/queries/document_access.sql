-- Whether one document (current or superseded) exists and lies in the scope: guards the original-file download.
SELECT count(*) > 0 AS Visible
FROM source_document d LEFT JOIN fact_report r USING (document_id)
WHERE d.document_id = $documentId::VARCHAR
  AND ($scope::VARCHAR = '*' OR starts_with(r.region_code, $scope::VARCHAR));
