-- Marks the batch's superseded documents; $pairs is a JSON array of {oldId, newId}.
UPDATE source_document SET superseded_by = s.newId
FROM (SELECT unnest(from_json($pairs, '[{"oldId":"VARCHAR","newId":"VARCHAR"}]'), recursive := true)) s
WHERE source_document.document_id = s.oldId;
