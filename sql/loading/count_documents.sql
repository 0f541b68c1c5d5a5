-- Documents in the warehouse, current or superseded.
SELECT count(*) FROM source_document;
