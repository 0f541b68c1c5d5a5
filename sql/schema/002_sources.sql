-- Every file ever loaded, by content. Facts point here, so each figure traces back to its source text.
CREATE TABLE source_document (
    document_id     VARCHAR PRIMARY KEY,           -- SHA-256 of the file's bytes, hex
    file_name       VARCHAR NOT NULL,
    format          VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    parser_version  VARCHAR NOT NULL,
    extracted_text  VARCHAR NOT NULL,
    is_ocr          BOOLEAN NOT NULL DEFAULT false,
    is_demo         BOOLEAN NOT NULL DEFAULT false,
    loaded_at       TIMESTAMP NOT NULL,
    superseded_by   VARCHAR                         -- a newer document for the same unit, year and kind
);

CREATE SEQUENCE load_journal_id START 1;

-- One row per attempt to load a file: what happened and why.
CREATE TABLE load_journal (
    load_id         BIGINT PRIMARY KEY DEFAULT nextval('load_journal_id'),
    file_path       VARCHAR NOT NULL,
    document_id     VARCHAR,
    status          VARCHAR NOT NULL CHECK (status IN ('loaded', 'unchanged', 'superseded', 'reloaded', 'quarantined')),
    reason          VARCHAR,
    parser_version  VARCHAR NOT NULL,
    started_at      TIMESTAMP NOT NULL,
    duration_ms     DOUBLE NOT NULL,
    size_bytes      BIGINT
);
