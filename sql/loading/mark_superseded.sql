UPDATE source_document SET superseded_by = $newId WHERE document_id = $oldId;
