-- The journal of applied schema scripts; created before any numbered script runs.
CREATE TABLE IF NOT EXISTS schema_journal (
    script      VARCHAR PRIMARY KEY,
    checksum    VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);
