-- The cross-report (peer) checks' own state; their flags live in fact_flag like every other flag.

-- A hash of each loaded document's headline figures, kept after the document is superseded (its facts are deleted
-- then), so duplicate_report can tell whether the file a current report replaced stated other figures.
CREATE TABLE document_figures (
    document_id   VARCHAR PRIMARY KEY,
    figures_hash  VARCHAR NOT NULL
);

-- How far the peer pass got: the last load_journal entry it covered and the thresholds it judged with. One row.
CREATE TABLE peer_check_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_load_id  BIGINT NOT NULL,
    settings      VARCHAR NOT NULL
);
